// Runs the promptgit bin with the given arguments in this process, then prints the process's
// peak resident memory (worker threads included) on stderr. Usage: node bench/peak-rss.mjs lint
process.on('exit', () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`));
await import('../bin/promptgit.js');
