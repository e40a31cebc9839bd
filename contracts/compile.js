#!/usr/bin/env node
// Compiles contracts/src/**/*.sol with the npm solc pinned in package.json through the
// standard JSON interface and writes one artifact per contract we own:
//
//   <outDir>/<Contract>.json = {"contractName", "abi", "bytecode"}
//
// Usage: node compile.js [outDir]   (default: artifacts/ beside this file)
//
// The output directory belongs to this script: stale *.json files in it are removed.
// Compiler errors are printed and fail the run; warnings are printed.
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

const ROOT = __dirname;
const SRC = path.join(ROOT, 'src');
const NODE_MODULES = path.join(ROOT, 'node_modules');

const SETTINGS = {
  optimizer: { enabled: true, runs: 200 },
  viaIR: false, // not needed for stack depth; the legacy pipeline compiles ~3x faster
  evmVersion: 'cancun',
  outputSelection: {
    '*': {
      '': ['ast'],
      '*': ['abi', 'evm.bytecode.object'],
    },
  },
};

// listSources returns the .sol files under dir as source unit names relative to ROOT
// ("src/Registry.sol"), sorted so that the input is the same on every machine.
function listSources(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      out.push(...listSources(full));
    } else if (entry.isFile() && entry.name.endsWith('.sol')) {
      out.push(path.relative(ROOT, full).split(path.sep).join('/'));
    }
  }
  return out.sort();
}

// findImports resolves imports that are not among the inputs: @openzeppelin/... from
// node_modules, anything else relative to contracts/.
function findImports(unitName) {
  const base = unitName.startsWith('@openzeppelin/') ? NODE_MODULES : ROOT;
  const file = path.resolve(base, unitName);
  if (!file.startsWith(base + path.sep)) {
    return { error: `import ${unitName} escapes ${path.basename(base)}/` };
  }
  try {
    return { contents: fs.readFileSync(file, 'utf8') };
  } catch (err) {
    return { error: `import ${unitName}: ${err.code || err.message} (run "npm ci" in contracts/)` };
  }
}

// ownContracts lists the deployable contracts (not libraries, interfaces or abstract
// contracts) defined in our own sources, by source unit.
function ownContracts(output, units) {
  const out = [];
  for (const unit of units) {
    const ast = output.sources[unit] && output.sources[unit].ast;
    if (!ast) throw new Error(`no AST for ${unit}`);
    for (const node of ast.nodes) {
      if (node.nodeType === 'ContractDefinition' && node.contractKind === 'contract' && !node.abstract) {
        out.push({ unit, name: node.name });
      }
    }
  }
  return out;
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(ROOT, 'artifacts'));
  const units = listSources(SRC);
  if (units.length === 0) throw new Error(`no sources under ${path.relative(process.cwd(), SRC)}`);

  const sources = {};
  for (const unit of units) {
    sources[unit] = { content: fs.readFileSync(path.join(ROOT, unit), 'utf8') };
  }
  const input = { language: 'Solidity', sources, settings: SETTINGS };

  process.stderr.write(`solc ${solc.version()}: compiling ${units.length} sources\n`);
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));

  let failed = false;
  for (const e of output.errors || []) {
    const text = (e.formattedMessage || e.message).trimEnd();
    if (e.severity === 'error') {
      failed = true;
      process.stderr.write(`error: ${text}\n`);
    } else {
      process.stderr.write(`${e.severity}: ${text}\n`);
    }
  }
  if (failed) {
    process.stderr.write('compilation failed\n');
    process.exit(1);
  }

  fs.mkdirSync(outDir, { recursive: true });
  const written = new Set();
  for (const { unit, name } of ownContracts(output, units)) {
    const c = output.contracts[unit][name];
    const artifact = { contractName: name, abi: c.abi, bytecode: '0x' + c.evm.bytecode.object };
    const file = `${name}.json`;
    if (written.has(file)) throw new Error(`two contracts named ${name}`);
    written.add(file);
    fs.writeFileSync(path.join(outDir, file), JSON.stringify(artifact, null, 2) + '\n');
  }
  for (const file of fs.readdirSync(outDir)) {
    if (file.endsWith('.json') && !written.has(file)) fs.unlinkSync(path.join(outDir, file));
  }
  process.stderr.write(`wrote ${[...written].sort().join(', ')} to ${path.relative(process.cwd(), outDir) || '.'}\n`);
}

try {
  main();
} catch (err) {
  process.stderr.write(`compile.js: ${err.stack || err}\n`);
  process.exit(1);
}
