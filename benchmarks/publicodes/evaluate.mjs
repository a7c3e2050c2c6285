// Evaluates the APV and Départ 18:25 rules of regles.publicodes.yaml for every participant situation of a CSV
// (one per line, header first, `;`-separated, produced by the C# benchmark harness) and writes
// `participant_id;programme;eligible;aid_eur` for both programmes, in input order. Prints the evaluation time.
// Usage: node evaluate.mjs situations.csv results.csv
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Engine from "publicodes";
import { parse } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const engine = new Engine(parse(readFileSync(join(here, "regles.publicodes.yaml"), "utf8")));
const [input, output] = process.argv.slice(2);
const [header, ...lines] = readFileSync(input, "utf8").trimEnd().split("\n");
const columns = header.split(";");
const booleans = new Set(["handicap dans dossier", "autre financeur sollicite", "accompagnateur salarie",
  "accompagnateur benevole", "proche aidant", "qf connu", "rfr connu", "rni connu", "couple connu", "couple",
  "statut 1825", "debut apres fevrier 2026"]);

const out = ["participant_id;programme;eligible;aid_eur"];
const started = process.hrtime.bigint();
for (const line of lines) {
  const cells = line.split(";");
  const situation = {};
  let id = "";
  columns.forEach((column, i) => {
    if (column === "participant_id") { id = cells[i]; return; }
    situation[`participant . ${column}`] = booleans.has(column) ? (cells[i] === "true" ? "oui" : "non") : Number(cells[i]);
  });
  engine.setSituation(situation);
  for (const [programme, rule] of [["ancv.apv", "apv . montant"], ["ancv.depart1825", "depart1825 . montant"]]) {
    const value = engine.evaluate(rule).nodeValue;
    // I-11: a formula yielding 0 € is not eligible.
    const amount = typeof value === "number" ? value : 0;
    out.push(`${id};${programme};${amount > 0 ? "true" : "false"};${amount.toFixed(2)}`);
  }
}
const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
writeFileSync(output, out.join("\n") + "\n");
console.log(JSON.stringify({ participants: lines.length, evaluations: lines.length * 2, elapsed_ms: elapsedMs }));
