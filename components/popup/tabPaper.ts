import type { Paper } from '../../lib/catalog/types';
import { isPdfAddress } from '../../lib/detect/links';
import { findByIdentifier } from '../../lib/search/identifier';
import type { CatalogData } from './usePopupData';

/**
 * The catalog paper a tab's own address names (arxiv.org/pdf/…, openreview.net/forum?id=…), and
 * whether the tab shows it as a PDF, which no extension can read. The address is known once the
 * toolbar button was pressed on that tab (activeTab; see useActiveTab).
 */
export function tabPaperOf(
  catalog: CatalogData | null,
  url: string | undefined,
): { paper: Paper | null; pdf: boolean } {
  const paper = url && catalog ? findByIdentifier(url, catalog.papers).paper : null;
  return { paper, pdf: paper !== null && isPdfAddress(url ?? '') };
}
