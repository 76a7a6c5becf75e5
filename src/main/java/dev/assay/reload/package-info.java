/**
 * Rules and frameworks that change under a running service: the {@link
 * dev.assay.reload.EngineHolder} serving one engine at a time, the {@link
 * dev.assay.reload.CandidateCheck} a change must pass first (compile, metadata, frameworks, a
 * canary evaluation, optionally the rule cases), the {@link dev.assay.reload.RuleWatcher} that
 * reloads saved files, and {@link dev.assay.reload.Overlay} candidate directories. Plain Java: the
 * HTTP door wires it up, the CLI uses the same check offline.
 */
package dev.assay.reload;
