import { render } from 'preact';
import { send } from '../../lib/messages/client';

function App() {
  return <main>PaperLens</main>;
}
render(<App />, document.getElementById('app') as HTMLElement);
void send('catalog/status', {});
