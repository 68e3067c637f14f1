import MarkdownIt from 'markdown-it';

/**
 * The one markdown-it configured for roadmaps: tables on, raw HTML kept as tokens so we can read
 * checkboxes and anchors ourselves (nothing here is ever rendered), linkify off.
 */
export const roadmapMarkdown = new MarkdownIt('default', { html: true, linkify: false });

// Keep every link as a token; acceptLinkUrl judges schemes, so a rejected link keeps its label.
roadmapMarkdown.validateLink = () => true;

/** Decodes HTML entities only; backslashes are doubled first because unescapeAll also eats them. */
export function decodeEntities(value: string): string {
  return roadmapMarkdown.utils.unescapeAll(value.replace(/\\/g, '\\\\'));
}
