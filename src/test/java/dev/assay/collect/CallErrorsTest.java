package dev.assay.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** The codes error envelopes carry. */
class CallErrorsTest {

  private static AwsServiceException aws(String code, int status) {
    return AwsServiceException.builder()
        .statusCode(status)
        .awsErrorDetails(
            AwsErrorDetails.builder().errorCode(code).errorMessage("said " + code).build())
        .build();
  }

  @Test
  void awsAnswersKeepTheirExactCode() {
    assertEquals(
        new CallErrors.CallError("AccessDeniedException", "said AccessDeniedException"),
        CallErrors.classify(aws("AccessDeniedException", 400), false));
    assertEquals(
        "ThrottlingException", CallErrors.classify(aws("ThrottlingException", 400), false).code());
    assertEquals(
        "UnrecognizedClientException",
        CallErrors.classify(aws("UnrecognizedClientException", 403), false).code());
    assertEquals("HttpStatus503", CallErrors.classify(aws(null, 503), false).code());
  }

  @Test
  void anAnswerWrappedByACredentialsProviderIsStillAws() {
    SdkClientException wrapped =
        SdkClientException.builder()
            .message("assume role failed")
            .cause(aws("AccessDenied", 403))
            .build();
    assertEquals("AccessDenied", CallErrors.classify(wrapped, false).code());
  }

  @Test
  void anEndpointThatDoesNotExistMeansNotOfferedInTheRegion() {
    SdkClientException dns =
        SdkClientException.builder()
            .message("Unable to execute HTTP request")
            .cause(new UnknownHostException("bedrock.ap-east-2.amazonaws.com"))
            .build();
    assertEquals(CallErrors.NOT_IN_REGION, CallErrors.classify(dns, false).code());
    // Behind a custom endpoint an unresolvable host says nothing about AWS regions.
    assertEquals(CallErrors.CONNECTION, CallErrors.classify(dns, true).code());
    assertEquals(
        CallErrors.NOT_IN_REGION,
        CallErrors.classify(aws("UnknownOperationException", 404), false).code());
  }

  @Test
  void noAnswerIsATimeoutOrAConnectionError() {
    assertEquals(
        CallErrors.TIMEOUT,
        CallErrors.classify(ApiCallAttemptTimeoutException.create(500), false).code());
    assertEquals(
        CallErrors.TIMEOUT,
        CallErrors.classify(
                SdkClientException.builder()
                    .message("read")
                    .cause(new SocketTimeoutException("Read timed out"))
                    .build(),
                false)
            .code());
    assertEquals(
        CallErrors.CONNECTION,
        CallErrors.classify(
                SdkClientException.builder()
                    .message("connect")
                    .cause(new ConnectException("refused"))
                    .build(),
                false)
            .code());
    assertEquals(
        CallErrors.COLLECTOR, CallErrors.classify(new NullPointerException("bug"), false).code());
  }
}
