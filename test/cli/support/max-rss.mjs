// Preloaded into the CLI child by the streaming test (`node --import <this> cli.js …`): prints the
// process's peak resident set size on stderr as it exits. Nothing in the CLI itself knows about it.
process.on('exit', () => {
  process.stderr.write(`max-rss-kb: ${process.resourceUsage().maxRSS}\n`);
});
