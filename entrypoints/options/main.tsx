import { render } from 'preact';
import '../../components/card.css';
import '../../components/options/options.css';
import '../../components/options/controls.css';
import '../../components/options/inputs.css';
import '../../components/options/buttons.css';
import { OptionsApp } from '../../components/options/OptionsApp';

render(<OptionsApp />, document.getElementById('app') as HTMLElement);
