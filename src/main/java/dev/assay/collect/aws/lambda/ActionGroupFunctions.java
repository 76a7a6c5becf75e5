package dev.assay.collect.aws.lambda;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.ServiceScope;
import java.util.HashSet;
import java.util.Set;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationRequest;

/**
 * The configuration of the Lambda functions Bedrock agent action groups run, for the execution role
 * they name. Called in the scope of the agent (an action group's function lives in the agent's
 * region), once per function, written as {@code lambda.GetFunctionConfiguration_<name>.json} with
 * {@code FunctionName} (the ARN the action group gives) in its request. A function that no longer
 * exists ({@code ResourceNotFoundException}) is an answer, not a gap.
 */
public final class ActionGroupFunctions {

  public static final String CONFIGURATION = "lambda.GetFunctionConfiguration";

  private final ServiceScope scope;
  private final CallRecorder lambda;
  private final Set<String> done = new HashSet<>();

  public ActionGroupFunctions(ServiceScope scope) {
    this.scope = scope;
    this.lambda = scope.recorder("lambda");
  }

  /** Reads the configuration of the function an action group names (ARN, name or partial ARN). */
  public void configuration(String function) {
    if (function == null || function.isBlank() || !done.add(function)) {
      return;
    }
    LambdaClient client = scope.client(LambdaClient::builder);
    lambda.detailOrAbsent(
        "GetFunctionConfiguration",
        suffixOf(function),
        GetFunctionConfigurationRequest.builder().functionName(function).build(),
        client::getFunctionConfiguration,
        Set.of("ResourceNotFoundException"));
  }

  /**
   * The file suffix for a function: its name, with {@code _<qualifier>} for a version or alias
   * ({@code arn:aws:lambda:us-east-1:111111111111:function:orders:live} is {@code orders_live}).
   */
  public static String suffixOf(String function) {
    int at = function.indexOf(":function:");
    String tail = at < 0 ? function : function.substring(at + ":function:".length());
    return tail.replace(':', '_');
  }
}
