performance.mark('paperlens:popup-start');

import '../../components/card.css';
import '../../components/popup/popup.css';
import '../../components/popup/search.css';
import '../../components/popup/lists.css';
import { render } from 'preact';
import { App } from '../../components/popup/App';
import { searchData } from '../../components/popup/usePopupData';

// Start loading the index before the first render: the popup should answer within 100 ms of opening.
void searchData().catch(() => undefined);
render(<App />, document.getElementById('app') as HTMLElement);
