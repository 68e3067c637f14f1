// `npm start`: Chromium with the built extension in a fresh profile and the example roadmap
// imported. Without a display it runs headless and saves screenshots instead.
import {
  launchExtension,
  openPopup,
  screenshotPath,
  SCREENSHOT_DIR,
  serveTestPages,
} from './launch-extension';

const headless = !process.env.DISPLAY;
const extension = await launchExtension({ headless });
const newtab = await extension.context.newPage();
await newtab.goto('chrome://newtab');
await newtab.getByRole('button', { name: 'Try the example roadmap', disabled: false }).click();
await newtab.locator('article.session').first().waitFor();

if (headless) {
  const site = await serveTestPages();
  await newtab.screenshot({ path: screenshotPath('start-newtab'), fullPage: true });
  await newtab.goto(`${newtab.url().split('#')[0]}#roadmap`);
  await newtab.locator('li.project').first().waitFor();
  await newtab.screenshot({ path: screenshotPath('start-roadmap'), fullPage: true });
  const page = await extension.context.newPage();
  await page.goto(`${site.origin}/Crafting%20Interpreters`);
  const popup = await openPopup(extension);
  await popup.getByRole('button', { name: 'Attach' }).waitFor();
  await popup.screenshot({ path: screenshotPath('start-popup') });
  await extension.close();
  site.server.close();
  console.log(
    `No display: Waymark ran headless. Screenshots of the new-tab page and the popup are in ${SCREENSHOT_DIR}`,
  );
} else {
  console.log(
    'Waymark is running in Chromium with the example roadmap. Close the browser to stop.',
  );
  await new Promise((done) => extension.context.on('close', done));
}
