// dist/setup.html's script: the practice's setup page. It may import core, ui and embed; nothing
// in the widget imports it (tests/browser/setup-page.test.ts checks the website script is unchanged).
import { h, render } from 'preact';
import './setup.css';
import { SetupApp } from './SetupApp';

const app = document.getElementById('setup');
if (app) {
  const lang = navigator.language?.toLowerCase().startsWith('es') ? 'es' : 'en';
  // The quiz's files sit beside this page in dist/, so that folder is the snippets' default.
  render(h(SetupApp, { filesUrl: new URL('.', location.href).href, lang }), app);
}
