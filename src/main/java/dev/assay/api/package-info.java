/**
 * The HTTP door onto the core: Micronaut controllers, request and response records, and the
 * handlers that turn every error into {@code application/problem+json} (RFC 9457).
 *
 * <p>Endpoints: {@code POST /api/v1/evaluations} (the CLI's {@code --format json} document), {@code
 * GET /api/v1/rules} (with the last {@code rejected} change), {@code GET /api/v1/rules/versions},
 * {@code POST /api/v1/rules/reload}, {@code POST /api/v1/rules/validate}, {@code POST
 * /api/v1/reevaluations} (dry runs), {@code GET /api/v1/frameworks}, {@code GET
 * /api/v1/frameworks/{id}}, {@code GET /health}.
 *
 * <p>Error statuses, each with a {@code detail} saying what to fix:
 *
 * <ul>
 *   <li>400 {@code urn:assay:problem:malformed-json}: the body is empty or not JSON (with line and
 *       column);
 *   <li>422 {@code urn:assay:problem:invalid-request}: the body is JSON but not a valid request:
 *       wrong types, unknown fields, no responses, an invalid account ID, region or envelope;
 *   <li>404 {@code urn:assay:problem:unknown-framework}: no loaded framework has that ID;
 *   <li>422 {@code urn:assay:problem:rules-rejected}: a reload or a dry run's candidate rules
 *       failed their checks; {@code problems} lists each as {@code file:line: message} and {@code
 *       serving} names the rule base still serving;
 *   <li>409 {@code urn:assay:problem:reload-disabled}: a reload with {@code
 *       assay.reload.enabled=false};
 *   <li>404, 405, 413 (body over {@code micronaut.server.max-request-size}) and 415, type {@code
 *       about:blank}: as HTTP defines them;
 *   <li>401 {@code urn:assay:problem:unauthenticated} (with {@code WWW-Authenticate: Bearer}): no,
 *       an unknown, revoked or expired API key, or an invalid JWT; 403 {@code
 *       urn:assay:problem:forbidden}: the caller's roles do not allow the route ({@code
 *       dev.assay.api.security.AccessPolicy});
 *   <li>500 {@code about:blank}: a failure of the server itself, without internals in the detail.
 * </ul>
 */
package dev.assay.api;
