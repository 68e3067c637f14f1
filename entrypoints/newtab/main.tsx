import { render } from 'preact';
import { NewtabApp } from './NewtabApp';
import './style.css';

render(<NewtabApp />, document.body.querySelector('#app') ?? document.body);
