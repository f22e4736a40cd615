#!/usr/bin/env node
// The `ophis` command. `npm run build` bundles dist/cli.js and everything it imports into dist/ophis.js: one
// module loads several times faster than the ~200 files of the workspace packages.
import "../dist/ophis.js";
