// The list chips as one toolbar: one Tab stop (the chosen list's chip), arrow keys from chip to
// chip, and the lists' order changed by Alt+arrow or by dragging a chip. With thirty lists, each
// chip a Tab stop, the first paper was 31 presses away (a new-user trial); lists had no order the
// user could set, and the first one is where a page's Save goes.
import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { ReadingList } from '../../lib/db/types';
import { dropOn, moveBy, sameOrder } from './order';

const NEXT: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
/** Alt+Home and Alt+End move a list to either end: the last of 30 to the front was 29 presses. */
const ENDS: Record<string, number> = { Home: -Infinity, End: Infinity };

/** What a move leaves to say: where the list is now, and what being first means. */
export function movedText(name: string, at: number, of: number): string {
  return `Moved “${name}” to position ${at + 1} of ${of}${at === 0 ? ': Save on a page adds papers to it' : ''}.`;
}

export function useChipOrder(
  chips: RefObject<HTMLElement>,
  lists: ReadingList[],
  /** Answers whether the lists were put in that order (a failure says why elsewhere). */
  reorder: (listIds: string[]) => Promise<boolean>,
) {
  const [dragged, setDragged] = useState<string | null>(null);
  const [dropAt, setDropAt] = useState<{ id: string; after: boolean } | null>(null);
  const [announce, setAnnounce] = useState('');
  const shown = lists.map((l) => l.id);
  // The order a move on its way will give: presses in quick succession move on from it, not from
  // the order shown before the first one came back (five quick Alt+Left moved a list one place).
  const pending = useRef<string[] | null>(null);
  if (pending.current && sameOrder(pending.current, shown)) pending.current = null;
  // Read when a key or a drop comes, which may be before the last move's answer re-rendered.
  const order = () => pending.current ?? shown;
  const chip = (id: string | undefined) =>
    id ? chips.current?.querySelector<HTMLElement>(`[data-list-id="${CSS.escape(id)}"]`) : null;
  const nameOf = (id: string) => lists.find((l) => l.id === id)?.name ?? '';
  const apply = async (next: string[], moved: string) => {
    if (sameOrder(next, order())) return;
    pending.current = next;
    if (!(await reorder(next))) {
      pending.current = null;
      return;
    }
    // The chip's node moved, which blurs it: focus follows it, and it stays in view.
    requestAnimationFrame(() => {
      chip(moved)?.focus();
      chip(moved)?.scrollIntoView({ block: 'nearest' });
    });
    setAnnounce(movedText(nameOf(moved), next.indexOf(moved), next.length));
  };
  const onKeyDown = (e: KeyboardEvent, id: string) => {
    const step = NEXT[e.key];
    const ids = order();
    const at = ids.indexOf(id);
    const end = ENDS[e.key];
    if (e.altKey && (step !== undefined || end !== undefined)) {
      e.preventDefault();
      const next = moveBy(ids, id, step ?? (end as number));
      // At that end already: said, not silence.
      if (sameOrder(next, ids)) setAnnounce(`“${nameOf(id)}” is ${at === 0 ? 'first' : 'last'} already.`);
      else void apply(next, id);
    } else if (step !== undefined || e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      const to = e.key === 'Home' ? 0 : e.key === 'End' ? ids.length - 1 : (at + (step ?? 0) + ids.length) % ids.length;
      chip(ids[to])?.focus();
    }
  };
  const endDrag = () => {
    setDragged(null);
    setDropAt(null);
  };
  /** The drag-and-drop handlers of the chip of list `id`. */
  const dragProps = (id: string) => ({
    draggable: true,
    onDragStart: (e: DragEvent) => {
      setDragged(id);
      if (e.dataTransfer) {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', id);
      }
    },
    onDragOver: (e: DragEvent) => {
      if (!dragged) return;
      e.preventDefault();
      const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
      const after = e.clientX > rect.left + rect.width / 2;
      if (dropAt?.id !== id || dropAt.after !== after) setDropAt({ id, after });
    },
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      if (dragged && dropAt) void apply(dropOn(order(), dragged, dropAt.id, dropAt.after), dragged);
      endDrag();
    },
    onDragEnd: endDrag,
  });
  /** The chip's classes while a chip is dragged: the dragged one, and the side a drop goes to. */
  const dragClass = (id: string) =>
    `${dragged === id ? ' pp-dragging' : ''}${dropAt?.id === id ? (dropAt.after ? ' pp-chip-drop-after' : ' pp-chip-drop-before') : ''}`;
  return { onKeyDown, dragProps, dragClass, announce };
}
