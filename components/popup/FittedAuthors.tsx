import { useRef } from 'preact/hooks';
import { authorLine } from '../../lib/search';
import { tooltipWhenCut, useLineRoom } from './overflow';

interface Props {
  authors: string[];
  /** At most this many names before "et al.". */
  shown: number;
  /** The line's own class: one line, cut by an ellipsis where even the first name does not fit. */
  class: string;
}

/**
 * A row's author line, on one line: the names that do not fit are left out whole, for "et al."
 * ("Philipp Lindenberger et al."), not cut by the line's ellipsis ("Paul-Edouard Sarli…", a
 * new-user trial in the lists and "On this page"). The whole list is its tooltip while it is cut.
 */
export function FittedAuthors({ authors, shown, class: className }: Props) {
  const ref = useRef<HTMLSpanElement>(null);
  const room = useLineRoom(ref, authors.join('|'));
  const line = authorLine(authors, [], shown, room);
  return (
    <span ref={ref} class={className} {...tooltipWhenCut(authors.join(', '))}>
      {line.names.map(({ name }) => name).join(', ')}
      {line.more && ' et al.'}
    </span>
  );
}
