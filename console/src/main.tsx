import { render } from 'preact';
import { App } from './app';
import './styles.css';

const root = document.getElementById('app')!;
// The boot message is static HTML; render() would keep it beside the app rather than replace it.
root.textContent = '';
render(<App />, root);
