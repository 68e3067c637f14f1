import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ViewBoundary } from '../../components/ViewBoundary';
import { describeFailure } from '../../lib/services/user-error';
import { PopupApp } from './PopupApp';
import './style.css';

render(
  <ViewBoundary
    describe={describeFailure}
    onReload={() => location.reload()}
    recoveryHref={browser.runtime.getURL('/newtab.html#import')}
    recoveryText="restore a backup, or export one, in Import & export"
    recoveryInNewTab
  >
    <PopupApp />
  </ViewBoundary>,
  document.body.querySelector('#app') ?? document.body,
);
