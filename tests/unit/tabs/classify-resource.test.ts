import { describe, expect, it } from 'vitest';
import { classifyResource, RESOURCE_KIND_LABELS } from '../../../lib/domain/tabs/classify-resource';
import type { ResourceKind } from '../../../lib/domain/types';

describe('classifyResource', () => {
  it.each<[ResourceKind, string, string?]>([
    // Repositories
    [
      'repo',
      'https://github.com/tinygrad/tinygrad',
      'GitHub - tinygrad/tinygrad: You like pytorch?',
    ],
    ['repo', 'https://github.com/jmt-dev/build-your-own-git/blob/main/src/objects.rs'],
    ['repo', 'https://github.com/tripathi456/gvisor-based-python-repl'],
    ['repo', 'https://gitlab.com/gitlab-org/gitaly/-/tree/master/internal'],
    ['repo', 'https://bitbucket.org/atlassian/python-bitbucket'],
    ['repo', 'https://codeberg.org/forgejo/forgejo'],
    ['repo', 'https://git.sr.ht/~sircmpwn/hare'],
    ['repo', 'https://huggingface.co/deepseek-ai/DeepSeek-V3'],
    ['repo', 'https://huggingface.co/datasets/HuggingFaceFW/fineweb'],
    ['repo', 'https://gist.github.com/karpathy/d4dee566867f8291f086'],
    ['repo', 'https://crates.io/crates/tokio'],
    ['repo', 'https://www.npmjs.com/package/minisearch'],
    // Papers
    ['paper', 'https://arxiv.org/abs/2408.14158', '[2408.14158] Fire-Flyer AI-HPC'],
    ['paper', 'https://arxiv.org/pdf/1706.03762'],
    ['paper', 'https://dl.acm.org/doi/10.1145/3552326.3587453'],
    ['paper', 'https://ieeexplore.ieee.org/document/9138920'],
    ['paper', 'https://openreview.net/forum?id=YicbFdNTTy'],
    ['paper', 'https://www.semanticscholar.org/paper/The-Google-File-System-Ghemawat/1a2b3c'],
    ['paper', 'https://www.usenix.org/conference/osdi-06/presentation/weil'],
    ['paper', 'https://www.usenix.org/system/files/conference/atc14/atc14-paper-ongaro.pdf'],
    ['paper', 'https://papers.nips.cc/paper/7181-attention-is-all-you-need'],
    ['paper', 'https://pdos.csail.mit.edu/6.824/papers/raft-extended.pdf'],
    [
      'paper',
      'https://github.com/papers-we-love/papers-we-love/blob/main/distributed_systems/chord.pdf',
    ],
    ['paper', 'https://research.google/pubs/the-google-file-system/'],
    [
      'paper',
      'https://example.edu/~prof/readings',
      '[PDF] Time, Clocks, and the Ordering of Events',
    ],
    // Documentation
    ['docs', 'https://kubernetes.io/docs/concepts/overview/', 'Overview | Kubernetes'],
    ['docs', 'https://docs.docker.com/get-started/', 'Get started | Docker Docs'],
    ['docs', 'https://containerd.io/docs/getting-started/'],
    ['docs', 'https://gvisor.dev/docs/', 'What is gVisor? - gVisor'],
    ['docs', 'https://developer.mozilla.org/en-US/docs/Web/API/URL'],
    ['docs', 'https://doc.rust-lang.org/book/ch16-00-concurrency.html'],
    ['docs', 'https://docs.rs/tokio/latest/tokio/'],
    ['docs', 'https://pkg.go.dev/net/http'],
    ['docs', 'https://man7.org/linux/man-pages/man2/clone.2.html', 'clone(2) - Linux manual page'],
    ['docs', 'https://requests.readthedocs.io/en/latest/'],
    ['docs', 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html'],
    ['docs', 'https://www.postgresql.org/docs/current/mvcc.html'],
    ['docs', 'https://docs.github.com/en/actions'],
    ['docs', 'https://learn.microsoft.com/en-us/windows/wsl/about'],
    ['docs', 'https://huggingface.co/docs/transformers/index'],
    // Videos
    [
      'video',
      'https://www.youtube.com/watch?v=PziYflu8cB8',
      'Kubernetes Explained in 6 Minutes - YouTube',
    ],
    ['video', 'https://youtu.be/dQw4w9WgXcQ'],
    ['video', 'https://www.youtube.com/shorts/abc123'],
    ['video', 'https://vimeo.com/123456789'],
    ['video', 'https://www.twitch.tv/videos/2000000000'],
    ['video', 'https://www.ted.com/talks/some_talk'],
    ['video', 'https://www.infoq.com/presentations/raft-consensus/'],
    // Courses
    ['course', 'https://www.coursera.org/learn/cloud-computing'],
    ['course', 'https://www.edx.org/learn/computer-science/harvard-cs50'],
    ['course', 'https://www.udemy.com/course/docker-mastery/'],
    [
      'course',
      'https://ocw.mit.edu/courses/6-824-distributed-computer-systems-engineering-spring-2006/',
    ],
    ['course', 'https://frontendmasters.com/courses/complete-intro-containers/'],
    ['course', 'https://www.educative.io/courses/grokking-the-system-design-interview'],
    ['course', 'https://www.khanacademy.org/computing/computer-science'],
    [
      'course',
      'https://app.codecrafters.io/courses/git/overview',
      'Build your own Git | CodeCrafters',
    ],
    ['course', 'https://pdos.csail.mit.edu/6.824/lectures/'],
    // Articles
    ['article', 'https://medium.com/@alice/raft-explained-1234abcd'],
    ['article', 'https://netflixtechblog.medium.com/some-post-5f6e'],
    ['article', 'https://jack.substack.com/p/durable-execution'],
    ['article', 'https://dev.to/bob/writing-a-lox-interpreter-in-go-3k2j'],
    ['article', 'https://blog.cloudflare.com/how-we-built-pingora/'],
    ['article', 'https://fly.io/blog/docker-without-docker/'],
    ['article', 'https://restate.dev/blog/', 'Blog - Restate'],
    ['article', 'https://news.ycombinator.com/item?id=39000000'],
    ['article', 'https://en.wikipedia.org/wiki/Raft_(algorithm)'],
    ['article', 'https://jvns.ca/blog/2016/10/10/what-even-is-a-container/'],
    ['article', 'https://www.bbc.co.uk/news/articles/c0k8ey0w2zyo', 'Bank of England cuts rates'],
    ['article', 'https://stackoverflow.com/questions/12345/what-is-a-pid-namespace'],
    // Online books and their chapters, and tutorials: documentation
    ['docs', 'https://pages.cs.wisc.edu/~remzi/OSTEP/cpu-intro.pdf', 'cpu-intro.pdf'],
    ['docs', 'https://pages.cs.wisc.edu/~remzi/OSTEP/vm-paging.pdf'],
    ['docs', 'https://craftinginterpreters.com/scanning.html', 'Scanning · Crafting Interpreters'],
    ['docs', 'https://craftinginterpreters.com/a-bytecode-virtual-machine.html'],
    ['docs', 'https://doc.rust-lang.org/book/ch04-01-what-is-ownership.html', 'What is Ownership?'],
    [
      'docs',
      'https://mitp-content-server.mit.edu/books/content/sectbyfn/books_pres_0/6515/sicp.zip/full-text/book/book-Z-H-10.html',
      'Structure and Interpretation of Computer Programs',
    ],
    [
      'docs',
      'https://sarabander.github.io/sicp/html/1_002e1.xhtml',
      '1.1 The Elements of Programming',
    ],
    ['docs', 'https://git-scm.com/book/en/v2/Git-Internals-Plumbing-and-Porcelain'],
    ['docs', 'https://eloquentjavascript.net/04_data.html', 'Data Structures: Objects and Arrays'],
    [
      'docs',
      'https://learning.oreilly.com/library/view/designing-data-intensive-applications/9781491903063/ch05.html',
    ],
    ['docs', 'https://book.async.rs/concepts/futures.html', 'Futures - Async programming in Rust'],
    ['docs', 'https://buildyourownlisp.com/chapter4_interactive_prompt', 'Interactive Prompt'],
    ['docs', 'https://compilers.iecc.com/crenshaw/tutor1.txt'],
    ['docs', 'https://compilers.iecc.com/crenshaw/', "Let's Build a Compiler, by Jack Crenshaw"],
    [
      'docs',
      'https://ruslanspivak.com/lsbasi-part1/',
      'Let’s Build A Simple Interpreter. Part 1. - Ruslan’s Blog',
    ],
    [
      'docs',
      'https://viewsourcecode.org/snaptoken/kilo/02.enteringRawMode.html',
      'Entering raw mode | Build Your Own Text Editor',
    ],
    ['docs', 'https://build-your-own-x.vercel.app/', 'Build your own X'],
    ['docs', 'https://wyag.thb.lt/', 'Write yourself a Git!'],
    ['docs', 'https://www.learncpp.com/cpp-tutorial/introduction-to-pointers/'],
    ['docs', 'https://learnyouahaskell.com/starting-out', 'Starting Out - Learn You a Haskell'],
    ['docs', 'https://www.tutorialspoint.com/rust/rust_ownership.htm', 'Rust - Ownership'],
    ['docs', 'https://example.net/os/part-4', 'Writing an OS in Rust, Part IV: Paging'],
    // Exercise and challenge series: courses
    ['course', 'https://adventofcode.com/2023/day/5', 'Day 5 - Advent of Code 2023'],
    ['course', 'https://adventofcode.com/2023', 'Advent of Code 2023'],
    ['course', 'https://exercism.org/tracks/rust/exercises/luhn', 'Luhn in Rust on Exercism'],
    [
      'course',
      'https://projecteuler.net/problem=12',
      '#12 Highly divisible triangular number - Project Euler',
    ],
    ['course', 'https://leetcode.com/problems/two-sum/', 'Two Sum - LeetCode'],
    ['course', 'https://www.codewars.com/kata/5526fc09a1bbd946250002dc', 'Find The Parity Outlier'],
    ['course', 'https://cryptopals.com/sets/1/challenges/3', 'Challenge 3 - The Cryptopals Crypto'],
    ['course', 'https://fly.io/dist-sys/3a/', 'Challenge #3a: Single-Node Broadcast · Fly.io'],
    ['course', 'https://www.hackerrank.com/challenges/solve-me-first/problem'],
    ['course', 'https://codeforces.com/problemset/problem/4/A', 'Problem - 4A - Codeforces'],
    ['course', 'https://rosalind.info/problems/dna/', 'ROSALIND | Counting DNA Nucleotides'],
    ['course', 'https://open.kattis.com/problems/hello', 'Hello World! – Kattis'],
    ['course', 'https://everybody.codes/event/2024/quests/1', 'Everybody Codes'],
    ['course', 'https://protohackers.com/problem/0', 'Protohackers: 0: Smoke Test'],
    ['course', 'https://pdos.csail.mit.edu/6.824/labs/lab-raft.html', '6.5840 Lab 3: Raft'],
    ['course', 'https://cs61a.org/hw/hw03/', 'Homework 3 | CS 61A Fall 2024'],
    ['course', 'https://overthewire.org/wargames/bandit/bandit1.html', 'OverTheWire: Level Goal'],
    // Pages about a book, tutorial or challenge that keep their kind
    [
      'repo',
      'https://github.com/rust-lang/book',
      'GitHub - rust-lang/book: The Rust Programming Language',
    ],
    ['repo', 'https://github.com/rust-lang/book/blob/main/src/ch04-01-what-is-ownership.md'],
    [
      'repo',
      'https://github.com/codecrafters-io/build-your-own-x',
      'codecrafters-io/build-your-own-x: Master programming by recreating your favorite technologies',
    ],
    ['repo', 'https://github.com/gregorygaines/advent-of-code/tree/main/2023/day/5'],
    [
      'paper',
      'https://arxiv.org/abs/2201.00650',
      '[2201.00650] Deep Learning Interviews: Chapter 2',
    ],
    ['paper', 'https://link.springer.com/chapter/10.1007/978-3-540-88282-4_4', 'Chapter 4: Paxos'],
    ['paper', 'https://example.edu/~prof/readings/chapter3.pdf', 'Lecture notes, chapter 3'],
    ['video', 'https://www.youtube.com/watch?v=zF34dRivLOw', 'Rust Tutorial Full Course - YouTube'],
    [
      'video',
      'https://www.youtube.com/watch?v=2lGoiO5V9mU',
      'Day 5 - Advent of Code 2023 - YouTube',
    ],
    [
      'article',
      'https://medium.com/@dev/build-your-own-redis-part-3-5f1c2a',
      'Build your own Redis, part 3',
    ],
    ['article', 'https://dev.to/alice/advent-of-code-2023-day-5-in-rust-4k1n', 'AoC Day 5 in Rust'],
    ['article', 'https://www.reddit.com/r/adventofcode/comments/18b4b0r/2023_day_5_solutions/'],
    ['article', 'https://en.wikipedia.org/wiki/Project_Euler', 'Project Euler - Wikipedia'],
    ['article', 'https://fly.io/blog/dist-sys-challenges/', 'Gossip Glomers: the challenges'],
    [
      'other',
      'https://www.goodreads.com/book/show/58661468-crafting-interpreters',
      'Crafting Interpreters by Robert Nystrom | Goodreads',
    ],
    ['other', 'https://openlibrary.org/books/OL27912345M/Operating_Systems', 'Operating Systems'],
    ['other', 'https://pages.cs.wisc.edu/~remzi/OSTEP/', 'Operating Systems: Three Easy Pieces'],
    ['other', 'https://www.calendly.com/book-a-demo', 'Book a demo'],
    ['other', 'https://www.ifixit.com/Answers/View/123', 'Which part I need for my iPhone 12?'],
    // Other
    ['other', 'https://github.com/', 'GitHub'],
    ['other', 'https://github.com/tinygrad', 'tinygrad · GitHub'],
    ['other', 'https://github.com/features/actions'],
    ['other', 'https://craftinginterpreters.com/', 'Crafting Interpreters'],
    ['other', 'https://firecracker-microvm.github.io/', 'Firecracker'],
    ['other', 'https://www.google.com/', 'Google'],
    ['other', 'https://www.amazon.com/dp/B0D1XD1ZV3', 'Amazon.com: Apple AirPods Pro 2'],
    ['other', 'https://www.allrecipes.com/recipe/10813/best-chocolate-chip-cookies/'],
    ['other', 'not a url'],
  ])('%s: %s', (kind, url, title) => {
    expect(classifyResource(url, title)).toBe(kind);
  });

  it('uses the title only as a hint when the address says nothing', () => {
    expect(classifyResource('https://example.org/x', 'Tokio API reference documentation')).toBe(
      'docs',
    );
    expect(classifyResource('https://example.org/x', 'Some talk - YouTube')).toBe('video');
  });

  it('reads only the start of a huge address or title, as suggestion does', () => {
    const padding = 'a'.repeat(10_000);
    expect(classifyResource('https://example.org/x', `${padding} Tutorial`)).toBe('other');
    expect(classifyResource(`https://example.org/${padding}/tutorial/`)).toBe('other');
    expect(classifyResource('https://example.org/x', `Tutorial ${padding}`)).toBe('docs');
  });

  it('labels every kind', () => {
    expect(RESOURCE_KIND_LABELS).toEqual({
      repo: 'Repository',
      paper: 'Paper',
      docs: 'Documentation',
      video: 'Video',
      course: 'Course',
      article: 'Article',
      other: 'Page',
    });
  });
});
