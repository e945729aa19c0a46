/**
 * Preloaded into the API child when the benchmark profiles it (node --import). node
 * --cpu-prof writes its profile only when the process exits normally, and the API stops
 * on SIGTERM by re-raising the signal once Nest has closed, which skips that. SIGUSR2
 * makes it exit normally instead, so the profile is written.
 */
process.on('SIGUSR2', () => process.exit(0));
