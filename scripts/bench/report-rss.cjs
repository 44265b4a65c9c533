// Preloaded into a benchmarked Node.js process: reports its peak resident memory on exit.
process.on('exit', () => {
  process.stderr.write(`\nCW_BENCH_MAXRSS=${process.resourceUsage().maxRSS}\n`);
});
