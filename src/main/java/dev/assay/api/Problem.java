package dev.assay.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type {@code about:blank} for plain HTTP errors, an {@code urn:assay:problem:*} URI for
 *     Assay's own
 * @param title a short summary of the type: the HTTP reason phrase for {@code about:blank}
 * @param detail what went wrong with this request, for the person who sent it
 * @param instance the request path
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

  public static final String ABOUT_BLANK = "about:blank";
}
