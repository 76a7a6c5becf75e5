package dev.assay.assessment;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code evidence_file}: an uploaded file's name as the client sent it and its checked
 * content type, beside the evidence item (which keeps the sanitised name, hashed into the chain).
 */
@MappedEntity("evidence_file")
record UploadedFile(@Id String evidenceId, String originalName, String contentType) {}
