// The import rules of ARCHITECTURE.md: each layer may import only the layers named here.
const layer = (name) => `^src/${name}/`;
const only = (from, allowed) => ({
  name: `${from}-imports-only-${allowed.join("-") || "nothing"}`,
  severity: "error",
  comment: `src/${from} may import only: ${allowed.join(", ") || "nothing of ours"}`,
  from: { path: layer(from) },
  to: {
    path: "^src/",
    pathNot: [layer(from), ...allowed.map(layer), "^src/config\\.ts$"].filter(Boolean),
  },
});
module.exports = {
  forbidden: [
    only("domain", []),
    only("extract", ["domain"]),
    only("check", ["domain"]),
    only("render", ["domain"]),
    only("reference", ["domain"]),
    only("packs", ["domain"]),
    only("storage", ["domain"]),
    only("policies", ["domain"]),
    only("contract", ["domain"]),
    only("commands", ["domain", "storage", "policies", "extract", "check", "render", "reference", "packs"]),
    only("http", ["commands", "contract", "policies", "domain"]),
    only("web", ["contract", "domain"]),
    only("cli", ["commands", "domain", "extract", "check", "render", "http", "storage"]),
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(node_modules|dist|\\.test\\.ts$)" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js"] },
  },
};
