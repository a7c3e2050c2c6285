// Builds the commune referential the ingest validates codes against (DESIGN §3, issue 2 item 4).
// Source: npm package @etalab/decoupage-administratif 6.0.0 (official COG, INSEE populations).
// Run: cd tools/cog && npm ci && npm run build
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const communes = require("@etalab/decoupage-administratif/data/communes.json");
const epcis = require("@etalab/decoupage-administratif/data/epci.json");

const epciOf = new Map();
for (const epci of epcis) for (const m of epci.membres) epciOf.set(m.code, epci.code);

// Current communes and the municipal arrondissements of Paris, Lyon and Marseille (valid destination codes).
const kept = communes
  .filter(c => c.type === "commune-actuelle" || c.type === "arrondissement-municipal")
  .map(c => [c.code, c.nom, c.population ?? "", epciOf.get(c.code) ?? "", c.departement ?? "", c.type])
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[5] < b[5] ? -1 : 1));

const lines = ["code;nom;population;epci;departement;type", ...kept.map(r => r.join(";"))];
const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, "../../src/Ingest/Referential/communes.csv");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join("\n") + "\n");
console.log(`${kept.length} communes -> ${out}`);
