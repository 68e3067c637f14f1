import type { ResourceKind } from '../types';
import { readRepository } from './read-repository';
import { isOnSite, siteHost } from './site-host';
import { MAX_SUGGESTION_TITLE_LENGTH, MAX_SUGGESTION_URL_LENGTH } from './suggestion-limits';

export { RESOURCE_KIND_LABELS } from '../resource-kind-labels';

/*
 * A page's kind comes from its address, then its title, never from its content. Series one works
 * through take the nearest kind: an online book, its chapters and a tutorial are `docs` (read
 * through, then kept for reference); a series of exercises or challenges (Advent of Code days,
 * Exercism tracks, Project Euler or LeetCode problems, a course's labs) is a `course` (graded
 * practice). A video, paper, repository, blog post or shop page about such a series keeps its kind.
 */

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

/** Exercise and challenge series: every page of these is a problem, a day or a set of them. */
const EXERCISE_HOSTS: readonly HostRule[] = [
  ['adventofcode.com'],
  ['everybody.codes'],
  ['projecteuler.net'],
  ['cryptopals.com'],
  ['protohackers.com'],
  ['fly.io', /^\/dist-sys\//],
  ['leetcode.com', /^\/(problems|explore|studyplan)\//],
  ['codewars.com', /^\/kata\//],
  ['hackerrank.com', /^\/(challenges|domains)\//],
  ['codeforces.com', /^\/(problemset|contest\/\d+\/problem)\//],
  ['atcoder.jp', /^\/contests\/[^/]+\/tasks/],
  ['overthewire.org', /^\/wargames\//],
];

/**
 * Online books whose chapters have no telling address. Only the chapters: a book's home page
 * introduces (and often sells) the book, and stays a page. Checked before the PDF rule, since
 * some books publish a PDF per chapter.
 */
const BOOK_HOSTS: readonly HostRule[] = [
  ['pages.cs.wisc.edu', /^\/~remzi\/OSTEP\/[^/]+\.(pdf|html)$/],
  ['craftinginterpreters.com', /^\/[a-z0-9-]+\.html$/],
  ['eloquentjavascript.net', /^\/(\d+\/)?\d\d_[a-z_]+\.html$/],
  ['sarabander.github.io', /^\/sicp\/html\/./],
  ['learning.oreilly.com', /^\/library\/view\//],
];

/** Catalogues and shops: a page about a book is not the book, whatever its address says. */
const BOOK_CATALOG_HOSTS: readonly HostRule[] = [
  ['goodreads.com'],
  ['openlibrary.org'],
  ['books.google.com'],
  ['amazon.com'],
  ['bookshop.org'],
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
/** A problem, a day, a set of exercises or a lab, as a path segment (`/problems/`, `/day/5`). */
const EXERCISE_PATH =
  /(^|\/)(day[-_/]?\d|(problems?|problemset|problem-sets?|exercises?|challenges?|katas?|puzzles?|quests?|labs|assignments?|homeworks?|psets?)(\/|$|[-_=]?\d))/i;
/** A book or one of its chapters, as a path segment (`/book/`, `/chapter-3`, `/ch16-00-…`). */
const BOOK_PATH = /(^|\/)(books?(\/|$|\.html?)|chapters?(\/|$|[-_.]?\d)|(chap|ch)[-_.]?\d)/i;
/** A tutorial page (`/cpp-tutorial/`, `/tutorials/`, `/tutor1.txt`). */
const TUTORIAL_PATH = /tutorial|(^|\/)(tut|tutor)(\/|$|[-_.]?\d)/i;
/** A site that is a book or a tutorial (`book.async.rs`, `learncpp.com`, `tutorialspoint.com`). */
const READING_HOST = /^(books?\.|learn)|tutorial/;

function matchesRule(host: string, path: string, [domain, pathPattern]: HostRule): boolean {
  return isOnSite(host, domain) && (pathPattern === undefined || pathPattern.test(path));
}

function matchesAny(host: string, path: string, rules: readonly HostRule[]): boolean {
  return rules.some((rule) => matchesRule(host, path, rule));
}

/** Guesses what a page is from its address, with the tab title as a tie-breaker hint. */
export function classifyResource(url: string, title = ''): ResourceKind {
  // Any page sets its own address and title: read only as much as suggestion does.
  const shownTitle = title.slice(0, MAX_SUGGESTION_TITLE_LENGTH);
  let parsed: URL;
  try {
    parsed = new URL(url.slice(0, MAX_SUGGESTION_URL_LENGTH).trim());
  } catch {
    return 'other';
  }
  const host = siteHost(parsed);
  const path = parsed.pathname;

  // Videos and papers first: a PDF or a talk on a docs/blog host is still a paper or a talk.
  if (matchesAny(host, path, VIDEO_HOSTS) || VIDEO_FILE.test(path)) return 'video';
  if (matchesAny(host, path, PAPER_HOSTS)) return 'paper';
  if (matchesAny(host, path, BOOK_HOSTS)) return 'docs';
  if (/\.pdf$/i.test(path) || /^\[pdf\]|\.pdf$/i.test(shownTitle.trim())) return 'paper';
  if (matchesAny(host, path, COURSE_HOSTS) || matchesAny(host, path, EXERCISE_HOSTS))
    return 'course';

  const repo = readRepository(parsed);
  if (repo?.name && !repo.site) return 'repo';
  if (repo?.name && repo.site && !host.endsWith('.github.io')) return 'repo';

  if (matchesAny(host, path, DOCS_HOSTS) || DOCS_SUBDOMAIN.test(host)) return 'docs';
  if (matchesAny(host, path, ARTICLE_HOSTS) || ARTICLE_SUBDOMAIN.test(host)) return 'article';
  if (host.endsWith('.blog') || host.endsWith('.substack.com')) return 'article';
  if (ARTICLE_PATH.test(path) || DATED_PATH.test(path)) return 'article';
  if (DOCS_PATH.test(path)) return 'docs';
  if (COURSE_PATH.test(path)) return 'course';

  if (matchesAny(host, path, BOOK_CATALOG_HOSTS)) return 'other';
  if (EXERCISE_PATH.test(path)) return 'course';
  if (BOOK_PATH.test(path) || TUTORIAL_PATH.test(path) || READING_HOST.test(host)) return 'docs';

  return classifyByTitle(shownTitle);
}

/** A numbered day, exercise or problem (`Day 5`, `Exercise 1.3`, `Problem #12`, `Lab 2`). */
const EXERCISE_TITLE =
  /\b(day|exercise|problem|challenge|kata|puzzle|quest|lab|assignment|homework)\s*#?\d/i;
/** A numbered chapter or part (`Chapter 3`, `Part 2`, `Part IV:`); a lone `I` must end a phrase. */
const CHAPTER_TITLE = /\b(chapter|part)\s+(\d|[ivxl]+\s*($|[-.:,|)\u2013\u2014]))/i;
/** A tutorial by name, or by the way tutorial series name themselves. */
const TUTORIAL_TITLE =
  /\btutorials?\b|\b(build|write|make) (your own|yourself an?)\b|\blet['\u2019]?s (build|write|make)\b/i;

function classifyByTitle(title: string): ResourceKind {
  if (/ - YouTube$/.test(title)) return 'video';
  if (/\b(documentation|docs|api reference|reference manual|user guide)\b/i.test(title))
    return 'docs';
  if (EXERCISE_TITLE.test(title)) return 'course';
  if (CHAPTER_TITLE.test(title) || TUTORIAL_TITLE.test(title)) return 'docs';
  return 'other';
}
