import { render } from 'preact';
import { PopupApp } from './PopupApp';
import './style.css';

render(<PopupApp />, document.body.querySelector('#app') ?? document.body);
