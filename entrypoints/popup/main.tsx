performance.mark('paperlens:popup-start');

import '../../components/card.css';
import '../../components/popup/popup.css';
import '../../components/popup/search.css';
import '../../components/popup/lists.css';
import { render } from 'preact';
import { App } from '../../components/popup/App';

render(<App />, document.getElementById('app') as HTMLElement);
