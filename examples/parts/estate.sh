# The estate: what each account and region holds (sourced by ../make-snapshot.sh, which defines
# the helpers). 111111111111: the organization's management account, a well-run us-east-1 and a
# weaker eu-west-1. 222222222222: in no organization, a SageMaker-heavy us-east-1 and an almost
# unused eu-west-1. What moto cannot hold for these scopes is in ../recorded/ (see its README.md).
# ---- account 111111111111: the management account; a well-run us-east-1, a weaker eu-west-1 ----
ACCT=111111111111; start_moto "$ACCT"
scope global
organization
aws_ iam create-group --group-name genai-developers >/dev/null
policy GenAiGuardedInvoke '{"Version":"2012-10-17","Statement":[{"Sid":"InvokeThroughGuardrail","Effect":"Allow","Action":["bedrock:InvokeModel","bedrock:InvokeModelWithResponseStream","bedrock:Converse","bedrock:ConverseStream"],"Resource":"arn:aws:bedrock:*::foundation-model/*","Condition":{"StringEquals":{"bedrock:GuardrailIdentifier":"arn:aws:bedrock:us-east-1:111111111111:guardrail/q7m2k9x4p1ws"}}},{"Sid":"ReadOnly","Effect":"Allow","Action":["bedrock:List*","bedrock:Get*","sagemaker:Describe*","sagemaker:List*"],"Resource":"*"}]}'
aws_ iam attach-group-policy --group-name genai-developers --policy-arn "$POLICY_ARN"
inline Group genai-developers MarketplaceModels '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["aws-marketplace:Subscribe","aws-marketplace:ViewSubscriptions"],"Resource":"*"}]}'
role SageMakerExecution sagemaker.amazonaws.com "$POLICY_ARN"
inline Role SageMakerExecution ModelArtifacts '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":["arn:aws:s3:::genai-models-111111111111/*","arn:aws:s3:::genai-training-data-111111111111/*"]}]}'
role BedrockInvocationLogging bedrock.amazonaws.com
inline Role BedrockInvocationLogging WriteInvocationLogs '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["logs:CreateLogStream","logs:PutLogEvents"],"Resource":"arn:aws:logs:us-east-1:111111111111:log-group:/aws/bedrock/model-invocations:*"}]}'
policy GenAiServiceRoleBoundary '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["bedrock:InvokeModel","bedrock:Retrieve","s3:GetObject","s3:ListBucket","logs:CreateLogStream","logs:PutLogEvents"],"Resource":"*"},{"Effect":"Deny","Action":["iam:*","organizations:*"],"Resource":"*"}]}'
BOUNDARY=$POLICY_ARN
role AmazonBedrockExecutionRoleForAgents_support bedrock.amazonaws.com
aws_ iam put-role-permissions-boundary --role-name AmazonBedrockExecutionRoleForAgents_support --permissions-boundary "$BOUNDARY"
inline Role AmazonBedrockExecutionRoleForAgents_support InvokeClaude '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"bedrock:InvokeModel","Resource":"arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0","Condition":{"StringEquals":{"bedrock:GuardrailIdentifier":"arn:aws:bedrock:us-east-1:111111111111:guardrail/q7m2k9x4p1ws"}}},{"Effect":"Allow","Action":"bedrock:Retrieve","Resource":"arn:aws:bedrock:us-east-1:111111111111:knowledge-base/KBDOCS0001"}]}'
role AmazonBedrockExecutionRoleForAgents_eu bedrock.amazonaws.com arn:aws:iam::aws:policy/AmazonBedrockFullAccess
role AmazonBedrockExecutionRoleForKnowledgeBase_docs bedrock.amazonaws.com
aws_ iam put-role-permissions-boundary --role-name AmazonBedrockExecutionRoleForKnowledgeBase_docs --permissions-boundary "$BOUNDARY"
inline Role AmazonBedrockExecutionRoleForKnowledgeBase_docs ReadDocs '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":["arn:aws:s3:::genai-kb-docs-111111111111","arn:aws:s3:::genai-kb-docs-111111111111/*"]},{"Effect":"Allow","Action":"bedrock:InvokeModel","Resource":"arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0"}]}'
role AgentCoreRuntime bedrock-agentcore.amazonaws.com
inline Role AgentCoreRuntime InvokeModels '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"bedrock:InvokeModel","Resource":"arn:aws:bedrock:us-east-1::foundation-model/*","Condition":{"StringEquals":{"bedrock:GuardrailIdentifier":"arn:aws:bedrock:us-east-1:111111111111:guardrail/q7m2k9x4p1ws"}}}]}'
role GenAiDeveloper arn:aws:iam::111111111111:root "$POLICY_ARN"
role LegacyBedrockAdmin arn:aws:iam::111111111111:root arn:aws:iam::aws:policy/AmazonBedrockFullAccess
user alice yes yes genai-developers
user bob yes no genai-developers
user ci-bedrock no no
inline User ci-bedrock InvokeModels '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"bedrock:InvokeModel","Resource":"arn:aws:bedrock:us-east-1::foundation-model/*"}]}'
dump_iam
dump_organizations
scope us-east-1 "${ISOLATED[@]}"
nb nb-secure-research Disabled Disabled "$SUBNET" 1a2b3c4d-5e6f-4a70-8b91-a2b3c4d5e6f7
nb nb-open-sandbox Enabled Enabled - -
ec ec-chat-ha 2 ep-chat-prod 0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a
ec ec-chat-single 1 ep-chat-dev 0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a
ec ec-embed-serverless serverless ep-embed-serverless
invocations ep-chat-prod 1520 1388 1710 1602
invocations ep-embed-serverless 240 0 310 95
pj clarify-bias-report-2026-11 "$CLARIFY_IMAGE"
pj feature-prep-2026-11 "$SKLEARN_IMAGE"
logging '{"cloudWatchConfig":{"logGroupName":"/aws/bedrock/model-invocations","roleArn":"arn:aws:iam::111111111111:role/BedrockInvocationLogging"},"s3Config":{"bucketName":"genai-invocation-logs-111111111111","keyPrefix":"us-east-1/"},"textDataDeliveryEnabled":true,"imageDataDeliveryEnabled":false,"embeddingDataDeliveryEnabled":false}'
network
for s in bedrock bedrock-runtime bedrock-agent bedrock-agent-runtime bedrock-mantle bedrock-agentcore; do vpce "$VPC_ID" "$s"; done
trail management-events yes mgmt
bucket genai-invocation-logs-111111111111 aws:kms Enabled tls
bucket genai-training-data-111111111111 aws:kms Enabled tls
bucket genai-models-111111111111 aws:kms Enabled tls
bucket genai-browser-recordings-111111111111 aws:kms - tls
loggroup /aws/bedrock/model-invocations 6c0e2b4d-8f1a-4c3e-9b5d-7e2f4a6c8b01
loggroup /aws/bedrock-agentcore/runtimes/support_agent-Rt7Kq2Lm9P-DEFAULT -
alarm ep-chat-prod-5xx AWS/SageMaker Invocation5XXErrors EndpointName ep-chat-prod AllTraffic
alarm ep-embed-serverless-latency AWS/SageMaker ModelLatency EndpointName ep-embed-serverless AllTraffic
alarm bedrock-invocation-throttles AWS/Bedrock InvocationThrottles
alarm bedrock-agent-server-errors AWS/Bedrock/Agents InvocationServerErrors
scalable ep-chat-prod AllTraffic
usage_plan genai-chat-api 50 100
tj chat-finetune-2026-11 yes genai-training-data-111111111111 genai-models-111111111111
xj chat-batch-eval-2026-11 yes
domain genai-studio SSO VpcOnly
card chat-model-card Approved "$MODEL"
jobdef data-quality dq-ep-chat-prod ep-chat-prod yes
jobdef model-quality mq-ep-chat-prod ep-chat-prod yes
dump_scope
scope eu-west-1
nb nb-eu-analytics Disabled Disabled "$SUBNET" 2b3c4d5e-6f70-4b81-9ca2-b3c4d5e6f708
nb nb-eu-restricted Enabled Enabled - -
nb nb-eu-scratch Disabled Enabled "$SUBNET" -
ec ec-eu-rag 2 ep-eu-rag
network
trail data-events-only yes data-only
bucket genai-training-data-eu-111111111111 - - public
bucket genai-models-eu-111111111111 AES256 - -
alarm bedrock-eu-throttles AWS/Bedrock InvocationThrottles
usage_plan genai-eu-internal - -
tj rag-reranker-2026-10 no genai-training-data-eu-111111111111 genai-models-eu-111111111111
xj rag-batch-2026-10 no
domain genai-eu-studio IAM PublicInternetOnly
jobdef data-quality dq-ep-eu-rag ep-eu-rag no
dump_scope
stop_moto
# ---- account 222222222222: a member account outside any organization; SageMaker-heavy us-east-1,
# ---- an almost unused eu-west-1 ------------------------------------------------------------------
ACCT=222222222222; start_moto "$ACCT"
scope global
role SageMakerExecution sagemaker.amazonaws.com arn:aws:iam::aws:policy/AmazonSageMakerFullAccess
role DataScientist arn:aws:iam::222222222222:root arn:aws:iam::aws:policy/AmazonSageMakerFullAccess
user carol yes yes
aws_ iam attach-user-policy --user-name carol --policy-arn arn:aws:iam::aws:policy/AmazonSageMakerFullAccess
user dave yes yes
inline User dave NotebookAccess '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sagemaker:CreatePresignedNotebookInstanceUrl","sagemaker:DescribeNotebookInstance","sagemaker:ListNotebookInstances"],"Resource":"*"}]}'
dump_iam
dump_organizations
scope us-east-1 --enable-network-isolation
nb nb-fraud-vpc Disabled Disabled "$SUBNET" 3c4d5e6f-7081-4c92-8db3-c4d5e6f70819
nb nb-ml-team Enabled Enabled - -
nb nb-ml-vpc Disabled Enabled "$SUBNET" -
ec ec-fraud-v1 1 ep-fraud 3a5c7e9b-1d2f-4b6a-8c0e-2f4a6c8e0b1d
ec ec-fraud-v2 2
invocations ep-fraud 8800 9120 8675 9034
pj fraud-feature-prep-2026-11 "$SKLEARN_IMAGE"
logging '{"s3Config":{"bucketName":"genai-invocation-logs-222222222222","keyPrefix":"bedrock/"},"textDataDeliveryEnabled":true,"imageDataDeliveryEnabled":true,"embeddingDataDeliveryEnabled":false}'
network; vpce "$VPC_ID" sagemaker.api; vpce "$VPC_ID" sagemaker.runtime
trail management-events yes mgmt
bucket genai-invocation-logs-222222222222 AES256 Enabled tls
bucket fraud-training-data-222222222222 aws:kms Enabled tls
bucket fraud-models-222222222222 aws:kms Suspended tls
alarm ep-fraud-5xx AWS/SageMaker Invocation5XXErrors EndpointName ep-fraud AllTraffic
scalable ep-fraud AllTraffic
tj fraud-xgb-2026-11 yes fraud-training-data-222222222222 fraud-models-222222222222
tj fraud-xgb-experiment no fraud-training-data-222222222222 fraud-models-222222222222
xj fraud-batch-scoring-2026-11 yes
xj fraud-backfill-2026-10 no
domain fraud-studio SSO VpcOnly
card fraud-model-card Draft "$MODEL"
jobdef data-quality dq-ep-fraud ep-fraud yes
jobdef model-bias bias-ep-fraud ep-fraud yes
jobdef model-explainability shap-ep-fraud ep-fraud no
dump_scope
scope eu-west-1
nb nb-eu-secure Disabled Disabled "$SUBNET" 4d5e6f70-8192-4da3-9ec4-d5e6f708192a
nb nb-eu-prototype Enabled Disabled - 5e6f7081-92a3-4eb4-afd5-e6f708192a3b
ec ec-eu-summarise 1 ep-eu-summarise
dump_scope
stop_moto
# ---- KMS keys of both accounts, on moto servers of their own (see parts/kms.sh) ---------------
kms_estate
