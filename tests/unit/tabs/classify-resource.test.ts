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
