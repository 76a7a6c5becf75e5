package dev.assay.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class IamPolicyTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static IamPolicy policy(String json) throws Exception {
    return IamPolicy.parse(JSON.readTree(json));
  }

  @Test
  void wildcardsNotActionAndConditionsGrantOnEveryResource() throws Exception {
    assertTrue(
        policy(
                "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"aws-marketplace:Sub*\",\"Resource\":\"*\"}}")
            .allowsOnAnyResource("aws-marketplace:Subscribe"));
    assertTrue(
        policy(
                "{\"Statement\":[{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}]}")
            .allowsOnAnyResource("aws-marketplace:Subscribe"));
    assertTrue(
        policy(
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"AWS-MARKETPLACE:subscribe\",\"Resource\":\"*\","
                    + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalTag/team\":\"ml\"}}}]}")
            .allowsOnAnyResource("aws-marketplace:Subscribe"));
    assertFalse(
        policy(
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"aws-marketplace:Subscribe\","
                    + "\"Resource\":\"arn:aws:aws-marketplace::1:prod-1\"}]}")
            .allowsOnAnyResource("aws-marketplace:Subscribe"));
  }

  @Test
  void onlyAnUnconditionalDenyOnEveryResourceRemovesAnAllow() throws Exception {
    String allow = "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}";
    assertFalse(
        policy(
                "{\"Statement\":["
                    + allow
                    + ",{\"Effect\":\"Deny\",\"Action\":\"aws-marketplace:*\",\"Resource\":\"*\"}]}")
            .allowsOnAnyResource("aws-marketplace:Subscribe"));
    assertTrue(
        policy(
                "{\"Statement\":["
                    + allow
                    + ",{\"Effect\":\"Deny\",\"Action\":\"aws-marketplace:*\",\"Resource\":\"*\","
                    + "\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"false\"}}}]}")
            .allowsOnAnyResource("aws-marketplace:Subscribe"));
  }

  @Test
  void adminEscalationAndWholeServiceAcrossPolicies() throws Exception {
    IamPolicy admin =
        policy("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}");
    IamPolicy attach =
        policy(
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"iam:Attach*\"],\"Resource\":\"*\"}]}");
    IamPolicy bedrock =
        policy(
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"bedrock:*\",\"Resource\":\"arn:aws:bedrock:*\"}]}");
    assertTrue(admin.grantsAdmin());
    assertFalse(attach.grantsAdmin());
    assertTrue(attach.grantsPrivilegeEscalation());
    assertTrue(bedrock.grantsWholeService("bedrock"));
    assertFalse(attach.grantsWholeService("bedrock"));
    assertTrue(IamPolicy.combine(List.of(attach, bedrock)).grantsPrivilegeEscalation());
    assertTrue(bedrock.grantsAnyOf("bedrock"));
    assertFalse(bedrock.grantsAnyOf("sagemaker"));
  }

  @Test
  void trustPoliciesOfServiceRolesAndUrlEncodedDocuments() throws Exception {
    assertTrue(
        IamPolicy.parse(
                new TextNode(
                    "%7B%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22Service%22%3A"
                        + "%22bedrock.amazonaws.com%22%7D%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D"))
            .trustsOnlyServices());
    assertFalse(
        policy(
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\","
                    + "\"AWS\":\"arn:aws:iam::2:root\"},\"Action\":\"sts:AssumeRole\"}]}")
            .trustsOnlyServices());
    assertNull(IamPolicy.parse(new TextNode("not a policy")));
  }

  @Test
  void wildcardsMatchAsIamDoes() {
    assertTrue(IamPolicy.globMatches("*", "bedrock:invokemodel"));
    assertTrue(IamPolicy.globMatches("bedrock:*", "bedrock:invokemodel"));
    assertTrue(IamPolicy.globMatches("bedrock:invoke*", "bedrock:invokemodel"));
    assertTrue(IamPolicy.globMatches("bedrock:*model*", "bedrock:invokemodelwithresponsestream"));
    assertTrue(IamPolicy.globMatches("s3:get?bject", "s3:getobject"));
    assertTrue(IamPolicy.globMatches("*a*a", "banana"));
    assertTrue(IamPolicy.globMatches("iam:passrole", "iam:passrole"));
    assertFalse(IamPolicy.globMatches("iam:passrole", "iam:passroles"));
    assertFalse(IamPolicy.globMatches("bedrock:*", "bedrock-agent:invokeagent"));
    assertFalse(IamPolicy.globMatches("s3:get?bject", "s3:getbject"));
    assertFalse(IamPolicy.globMatches("*a*b", "banana"));
    assertFalse(IamPolicy.globMatches("iam:*", "iam:pass\nrole"));
    assertTrue(IamPolicy.globMatches("", ""));
    assertFalse(IamPolicy.globMatches("", "x"));
  }

  @Test
  void aWholeServiceIsOneServiceNameAndAStar() {
    java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("[a-z0-9-]+:\\*");
    for (String action :
        List.of(
            "s3:*",
            "bedrock-agent:*",
            "*",
            "*:*",
            ":*",
            "s3:get*",
            "s3:**",
            "s3:x:*",
            "S3:*",
            "s\u00e9:*",
            "a b:*",
            "s3*",
            "",
            "-:*",
            "9:*")) {
      assertEquals(pattern.matcher(action).matches(), IamPolicy.wholeService(action), action);
    }
  }
}
