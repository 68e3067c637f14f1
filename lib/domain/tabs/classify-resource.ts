import type { ResourceKind } from '../types';
import { readRepository } from './read-repository';
import { isOnSite, siteHost } from './site-host';

export { RESOURCE_KIND_LABELS } from '../resource-kind-labels';

/** A host rule: the domain (subdomains included) and, optionally, the path it applies to. */
type HostRule = readonly [domain: string, path?: RegExp];

const VIDEO_HOSTS: readonly HostRule[] = [
  ['youtube.com'],
  ['youtu.be'],
  ['youtube-nocookie.com'],
  ['vimeo.com', /^\/(\d+|video\/|channels\/|showcase\/)/],
  ['twitch.tv'],
  ['dailymotion.com', /^\/video\//],
  ['dai.ly'],
  ['loom.com', /^\/(share|embed)\//],
  ['bilibili.com', /^\/video\//],
  ['b23.tv'],
  ['ted.com', /^\/talks\//],
  ['infoq.com', /^\/presentations\//],
  ['media.ccc.de', /^\/v\//],
  ['nebula.tv'],
  ['rumble.com'],
];

const PAPER_HOSTS: readonly HostRule[] = [
  ['arxiv.org', /^\/(abs|pdf|html|ps)\//],
  ['dl.acm.org', /^\/doi\//],
  ['ieeexplore.ieee.org', /^\/(document|abstract)\//],
  ['openreview.net', /^\/(forum|pdf)/],
  ['semanticscholar.org', /^\/paper\//],
  ['usenix.org', /^\/(conference\/[^/]+\/presentation|system\/files)\//],
  ['papers.nips.cc'],
  ['proceedings.neurips.cc'],
  ['proceedings.mlr.press'],
  ['aclanthology.org'],
  ['biorxiv.org', /^\/content\//],
  ['medrxiv.org', /^\/content\//],
  ['doi.org'],
  ['link.springer.com', /^\/(article|chapter)\//],
  ['sciencedirect.com', /^\/science\/article\//],
  ['researchgate.net', /^\/publication\//],
  ['paperswithcode.com', /^\/paper\//],
  ['huggingface.co', /^\/papers\//],
  ['vldb.org', /^\/pvldb\//],
  ['cidrdb.org'],
  ['jmlr.org', /^\/papers\//],
  ['research.google', /^\/pubs\//],
  ['nature.com', /^\/articles\//],
  ['science.org', /^\/doi\//],
  ['papers.ssrn.com'],
  ['scholar.archive.org'],
];

const COURSE_HOSTS: readonly HostRule[] = [
  ['coursera.org'],
  ['edx.org'],
  ['udemy.com'],
  ['udacity.com'],
  ['ocw.mit.edu'],
  ['khanacademy.org'],
  ['frontendmasters.com'],
  ['educative.io'],
  ['pluralsight.com'],
  ['linkedin.com', /^\/learning\//],
  ['egghead.io'],
  ['codecademy.com'],
  ['datacamp.com'],
  ['course.fast.ai'],
  ['deeplearning.ai', /^\/(short-courses|courses|specializations)\//],
  ['learn.deeplearning.ai'],
  ['huggingface.co', /^\/learn\//],
  ['exercism.org', /^\/tracks\//],
  ['brilliant.org'],
  ['boot.dev'],
  ['scrimba.com'],
  ['cs50.harvard.edu'],
  ['online.stanford.edu'],
  ['see.stanford.edu'],
  ['missing.csail.mit.edu'],
  ['codecrafters.io'],
  ['skillshare.com'],
  ['zerotomastery.io'],
  ['theodinproject.com'],
  ['freecodecamp.org', /^\/learn\//],
  ['learn.microsoft.com', /^\/[^/]+\/training\//],
];

const DOCS_HOSTS: readonly HostRule[] = [
  ['developer.mozilla.org'],
  ['doc.rust-lang.org'],
  ['docs.rs'],
  ['pkg.go.dev'],
  ['go.dev', /^\/(doc|ref)\//],
  ['devdocs.io'],
  ['readthedocs.io'],
  ['readthedocs.org'],
  ['man7.org', /^\/linux\/man-pages\//],
  ['linux.die.net', /^\/man\//],
  ['manpages.debian.org'],
  ['manpages.ubuntu.com'],
  ['kernel.org', /^\/doc\//],
  ['cppreference.com'],
  ['learn.microsoft.com'],
  ['hexdocs.pm'],
  ['gitbook.io'],
  ['javadoc.io'],
  ['wiki.archlinux.org'],
];

const ARTICLE_HOSTS: readonly HostRule[] = [
  ['medium.com'],
  ['substack.com'],
  ['dev.to'],
  ['hashnode.dev'],
  ['hashnode.com'],
  ['blogspot.com'],
  ['wordpress.com'],
  ['ghost.io'],
  ['mirror.xyz'],
  ['towardsdatascience.com'],
  ['lwn.net', /^\/Articles\//],
  ['infoq.com', /^\/(articles|news)\//],
  ['wikipedia.org', /^\/wiki\//],
  ['news.ycombinator.com', /^\/item/],
  ['lobste.rs', /^\/s\//],
  ['reddit.com', /\/comments\//],
  ['stackoverflow.com', /^\/questions\/\d/],
  ['stackexchange.com', /^\/questions\/\d/],
  ['freecodecamp.org', /^\/news\//],
];

const DOCS_SUBDOMAIN = /^(docs?|developer|developers|devdocs|api|wiki|manual|reference)\./;
const ARTICLE_SUBDOMAIN = /^(blog|blogs|engineering|eng|news)\./;
const DOCS_PATH =
  /(^|\/)(docs?|documentation|reference|api|apis|manual|man|guides?|handbook|spec)(\/|$)/i;
const ARTICLE_PATH = /(^|\/)(blogs?|posts?|articles?|writing|essays?|newsletter)(\/|$)/i;
const COURSE_PATH = /(^|\/)(courses?|lectures?|syllabus)(\/|$)/i;
const DATED_PATH = /\/(19|20)\d\d\/(0?[1-9]|1[0-2])\//;
const VIDEO_FILE = /\.(mp4|webm|mov|m4v)$/i;

function matchesRule(host: string, path: string, [domain, pathPattern]: HostRule): boolean {
  return isOnSite(host, domain) && (pathPattern === undefined || pathPattern.test(path));
}

function matchesAny(host: string, path: string, rules: readonly HostRule[]): boolean {
  return rules.some((rule) => matchesRule(host, path, rule));
}

/** Guesses what a page is from its address, with the tab title as a tie-breaker hint. */
export function classifyResource(url: string, title = ''): ResourceKind {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return 'other';
  }
  const host = siteHost(parsed);
  const path = parsed.pathname;

  // Videos and papers first: a PDF or a talk on a docs/blog host is still a paper or a talk.
  if (matchesAny(host, path, VIDEO_HOSTS) || VIDEO_FILE.test(path)) return 'video';
  if (matchesAny(host, path, PAPER_HOSTS) || /\.pdf$/i.test(path)) return 'paper';
  if (/^\[pdf\]|\.pdf$/i.test(title.trim())) return 'paper';
  if (matchesAny(host, path, COURSE_HOSTS)) return 'course';

  const repo = readRepository(parsed);
  if (repo?.name && !repo.site) return 'repo';
  if (repo?.name && repo.site && !host.endsWith('.github.io')) return 'repo';

  if (matchesAny(host, path, DOCS_HOSTS) || DOCS_SUBDOMAIN.test(host)) return 'docs';
  if (matchesAny(host, path, ARTICLE_HOSTS) || ARTICLE_SUBDOMAIN.test(host)) return 'article';
  if (host.endsWith('.blog') || host.endsWith('.substack.com')) return 'article';
  if (ARTICLE_PATH.test(path) || DATED_PATH.test(path)) return 'article';
  if (DOCS_PATH.test(path)) return 'docs';
  if (COURSE_PATH.test(path)) return 'course';

  return classifyByTitle(title);
}

function classifyByTitle(title: string): ResourceKind {
  if (/ - YouTube$/.test(title)) return 'video';
  if (/\b(documentation|docs|api reference|reference manual|user guide)\b/i.test(title))
    return 'docs';
  return 'other';
}
