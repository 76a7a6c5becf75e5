#!/usr/bin/env bash
# Regenerates examples/snapshot/ -- Assay's native input -- from a local moto server.
#
#   bash examples/make-snapshot.sh        (needs: moto_server, aws CLI, python3, curl)
#
# Layout: snapshot/<account>/<region>/<service>.<Operation>[_<resource>].json
# Every file is either the AWS CLI's JSON output (cli_timestamp_format=iso8601, as CLI v2 prints),
# a {"request","response"} envelope, or a {"request","error"} envelope.
#
# Sources:
#   * moto + AWS CLI (this script and parts/*.sh, which it sources):
#       - sagemaker notebooks / endpoint configs / endpoints / processing jobs, models, training and
#         transform jobs, AutoML list, domains (+ their ListTags), model cards, the four kinds of
#         monitoring job definitions;
#       - cloudwatch GetMetricStatistics (SageMaker endpoints) and DescribeAlarms,
#         application-autoscaling DescribeScalableTargets, ec2 DescribeVpcEndpoints /
#         DescribeNetworkInterfaces / DescribeSubnets, logs DescribeLogGroups, cloudtrail
#         DescribeTrails / GetTrailStatus / GetEventSelectors, s3 GetBucketEncryption / Policy /
#         Versioning, apigateway GetUsagePlans, bedrock Get/PutModelInvocationLoggingConfiguration
#         (parts/regional.sh);
#       - region "global": iam roles, users, groups, policies, login profiles, MFA devices
#         (parts/iam.sh; moto_server runs with MOTO_IAM_LOAD_MANAGED_POLICIES=true so AWS-managed
#         policies can be attached and their documents read) and organizations
#         (parts/organizations.sh).
#     One moto_server per account (MOTO_ACCOUNT_ID), seeded, on a free loopback port.
#   * HAND-WRITTEN (examples/recorded/, copied verbatim, see its README.md): what moto 5.x does not
#     implement -- bedrock guardrails, enforced guardrails, custom / imported models, invocation /
#     evaluation jobs, provisioned throughput; all of bedrock-agent and bedrock-agentcore-control;
#     cloudtrail LookupEvents; logs GetDataProtectionPolicy; backup ListRecoveryPointsByResource;
#     sagemaker monitoring schedules, model registry, feature groups, inference experiments, flow
#     definitions, images, app image configs; Bedrock invocation metrics; iam
#     ListServiceSpecificCredentials and GetServiceLastAccessedDetails; organizations
#     ListPolicies(Filter=BEDROCK_POLICY). Shapes follow botocore's service-2.json output shapes.
#   * SYNTHESISED error envelopes (moto cannot deny a call through IAM), see ERRORS below:
#     222222222222/eu-west-1 sagemaker.ListProcessingJobs and
#     111111111111/eu-west-1 sagemaker.DescribeNotebookInstance_nb-eu-restricted -> AccessDeniedException.
#     Expected AWS errors moto does raise (GetLoginProfile of a user without a password:
#     NoSuchEntity; DescribeOrganization outside an organization; GetBucketPolicy without a policy;
#     GetBucketEncryption without a default) are written as error envelopes by dumpq (parts/common.sh).
#
# Post-processing (python3 at the end, and nothing else; recorded files are only re-indented):
#   1. re-indent to 2 spaces, key order kept as the CLI printed it;
#   2. volatile timestamps (see FIXED) set to fixed values (metric datapoint timestamps are already
#      fixed by PutMetricData);
#   3. moto returns "DataCaptureConfig": {} when none is configured; AWS omits the member -> dropped;
#   4. moto drops ProcessingResources from DescribeProcessingJob (a required output member) ->
#      re-added with the ClusterConfig this script passed to CreateProcessingJob;
#   5. moto answers GetModelInvocationLoggingConfiguration with "loggingConfig": null (CLI prints {})
#      when logging is off; AWS returns {} -> the empty member is dropped;
#   6. cloudwatch GetMetricStatistics responses are wrapped as {"request": <call params>, "response": ...};
#   7. the CLI prints nothing for an empty response (GetBucketVersioning of a bucket never
#      versioned); AWS answers {} -> written as {};
#   8. moto always answers DescribeModel with "EnableNetworkIsolation": false -> set to true for the
#      models this script created with --enable-network-isolation.
set -euo pipefail
cd "$(dirname "$0")"
OUT=snapshot
WORK=$(mktemp -d); : >"$WORK/isolated-models"
MOTO_PID=""
stop_moto() { if [[ -n $MOTO_PID ]]; then kill "$MOTO_PID" 2>/dev/null || true; wait "$MOTO_PID" 2>/dev/null || true; MOTO_PID=""; fi; }
trap 'stop_moto; rm -rf "$WORK"' EXIT

export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_PAGER="" \
  AWS_CONFIG_FILE="$WORK/config" AWS_SHARED_CREDENTIALS_FILE="$WORK/credentials"
printf '[default]\ncli_timestamp_format = iso8601\n' >"$AWS_CONFIG_FILE"

start_moto() { # $1 = account id
  PORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
  MOTO_ACCOUNT_ID=$1 MOTO_IAM_LOAD_MANAGED_POLICIES=true moto_server -H 127.0.0.1 -p "$PORT" >"$WORK/moto-$1.log" 2>&1 &
  MOTO_PID=$!
  for _ in $(seq 100); do
    curl -sf -o /dev/null -X POST "http://127.0.0.1:$PORT/moto-api/seed?a=42" && return 0
    sleep 0.1
  done
  echo "moto_server did not start, see $WORK/moto-$1.log" >&2; exit 1
}
aws_() { aws --endpoint-url "http://127.0.0.1:$PORT" --region "${REGION/global/us-east-1}" --output json "$@"; }
dump() { local f=$1; shift; aws_ "$@" >"$OUT/$ACCT/$REGION/$f.json"; }

# ---- resource helpers (names are collected for the dump phase) -----------------------------
scope() { # $1 = region, then extra create-model options; resets the per-scope lists
  REGION=$1; shift; mkdir -p "$OUT/$ACCT/$REGION"
  NBS=(); ECS=(); EPS=(); PJS=(); TRAILS=(); BUCKETS=(); TJS=(); XJS=(); ROLES=(); USERS=()
  ROLE="arn:aws:iam::$ACCT:role/SageMakerExecution"; MODEL="model-${ACCT:0:3}-$REGION"
  [[ $REGION == global ]] && return 0
  [[ " $* " == *" --enable-network-isolation "* ]] && echo "$ACCT/$REGION/$MODEL" >>"$WORK/isolated-models"
  aws_ sagemaker create-model --model-name "$MODEL" --execution-role-arn "$ROLE" "$@" \
    --primary-container "Image=763104351884.dkr.ecr.$REGION.amazonaws.com/huggingface-pytorch-tgi-inference:2.4.0,ModelDataUrl=s3://genai-models-$ACCT/$MODEL/model.tar.gz" >/dev/null
}
ISOLATED=(--enable-network-isolation --vpc-config "SecurityGroupIds=sg-0a1b2c3d4e5f60718,Subnets=subnet-0f1e2d3c4b5a69788")
nb() { # name direct-internet-access root-access subnet|- kms-key-uuid|-
  local a=(--notebook-instance-name "$1" --instance-type ml.t3.medium --role-arn "$ROLE"
           --direct-internet-access "$2" --root-access "$3" --volume-size-in-gb 20)
  [[ $4 != - ]] && a+=(--subnet-id "$4" --security-group-ids sg-0a1b2c3d4e5f60718)
  [[ $5 != - ]] && a+=(--kms-key-id "arn:aws:kms:$REGION:$ACCT:key/$5")
  aws_ sagemaker create-notebook-instance "${a[@]}" >/dev/null; NBS+=("$1")
}
ec() { # config-name instance-count|serverless [endpoint-name [kms-key-uuid]]
  local v="VariantName=AllTraffic,ModelName=$MODEL" k=()
  [[ -n ${4:-} ]] && k=(--kms-key-id "arn:aws:kms:$REGION:$ACCT:key/$4")
  if [[ $2 == serverless ]]; then v+=",ServerlessConfig={MemorySizeInMB=2048,MaxConcurrency=5}"
  else v+=",InitialInstanceCount=$2,InstanceType=ml.g4dn.2xlarge,InitialVariantWeight=1"; fi
  aws_ sagemaker create-endpoint-config --endpoint-config-name "$1" --production-variants "$v" "${k[@]}" >/dev/null; ECS+=("$1")
  if [[ -n ${3:-} ]]; then
    aws_ sagemaker create-endpoint --endpoint-name "$3" --endpoint-config-name "$1" >/dev/null; EPS+=("$3")
  fi
}
invocations() { # endpoint-name sum-per-day... (days 2026-11-08, -11, -15, -19, all inside the 14-day window)
  local ep=$1 days=(08 11 15 19) data="" i=0; shift
  for v in "$@"; do
    data+="${data:+,}{\"MetricName\":\"Invocations\",\"Dimensions\":[{\"Name\":\"EndpointName\",\"Value\":\"$ep\"},{\"Name\":\"VariantName\",\"Value\":\"AllTraffic\"}],\"Timestamp\":\"2026-11-${days[$i]}T00:00:00Z\",\"Value\":$v,\"Unit\":\"None\"}"
    i=$((i + 1))
  done
  aws_ cloudwatch put-metric-data --namespace AWS/SageMaker --metric-data "[$data]"
}
pj() { # job-name image-uri
  aws_ sagemaker create-processing-job --processing-job-name "$1" --role-arn "$ROLE" \
    --app-specification "ImageUri=$2" --stopping-condition MaxRuntimeInSeconds=3600 \
    --processing-resources 'ClusterConfig={InstanceCount=1,InstanceType=ml.m5.xlarge,VolumeSizeInGB=30}' >/dev/null
  PJS+=("$1")
}
logging() { aws_ bedrock put-model-invocation-logging-configuration --logging-config "$1"; }
dump_scope() {
  dump sagemaker.ListNotebookInstances sagemaker list-notebook-instances
  for n in "${NBS[@]}"; do dump "sagemaker.DescribeNotebookInstance_$n" sagemaker describe-notebook-instance --notebook-instance-name "$n"; done
  dump sagemaker.ListEndpointConfigs sagemaker list-endpoint-configs
  for c in "${ECS[@]}"; do dump "sagemaker.DescribeEndpointConfig_$c" sagemaker describe-endpoint-config --endpoint-config-name "$c"; done
  dump sagemaker.ListEndpoints sagemaker list-endpoints
  for e in "${EPS[@]}"; do
    dump "sagemaker.DescribeEndpoint_$e" sagemaker describe-endpoint --endpoint-name "$e"
    dump "cloudwatch.GetMetricStatistics_$e" cloudwatch get-metric-statistics --namespace AWS/SageMaker \
      --metric-name Invocations --dimensions "Name=EndpointName,Value=$e" Name=VariantName,Value=AllTraffic \
      --start-time 2026-11-06T00:00:00Z --end-time 2026-11-20T00:00:00Z --period 86400 --statistics Sum
  done
  dump sagemaker.ListProcessingJobs sagemaker list-processing-jobs
  for j in "${PJS[@]}"; do dump "sagemaker.DescribeProcessingJob_$j" sagemaker describe-processing-job --processing-job-name "$j"; done
  dump bedrock.GetModelInvocationLoggingConfiguration bedrock get-model-invocation-logging-configuration
  dump_regional
}
source parts/common.sh
source parts/regional.sh
source parts/iam.sh
source parts/organizations.sh
CLARIFY_IMAGE=205585389593.dkr.ecr.us-east-1.amazonaws.com/sagemaker-clarify-processing:1.0
SKLEARN_IMAGE=683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3
SUBNET=subnet-0f1e2d3c4b5a69788

rm -rf "$OUT"
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
domain genai-studio SSO VpcOnly ml-platform
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
domain fraud-studio SSO VpcOnly fraud-team
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
# ---- hand-written recordings (moto lacks bedrock ListGuardrails / GetGuardrail) ---------------
(cd recorded && find . -name '*.json' -exec cp --parents {} "../$OUT/" \;)

# ---- post-processing (items 1-6 in the header) and ERRORS --------------------------------------
python3 - "$OUT" recorded "$WORK/isolated-models" <<'EOF'
import json, pathlib, sys
out, recorded = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
hand_written = {p.relative_to(recorded) for p in recorded.rglob("*.json")}
isolated = set(pathlib.Path(sys.argv[3]).read_text().split())
FIXED = {"CreationTime": "2026-11-01T10:00:00+00:00", "LastModifiedTime": "2026-11-01T10:00:00+00:00",
         "ProcessingStartTime": "2026-11-01T10:05:00+00:00", "ProcessingEndTime": "2026-11-01T10:20:00+00:00"}
RESOURCES = {"ClusterConfig": {"InstanceCount": 1, "InstanceType": "ml.m5.xlarge", "VolumeSizeInGB": 30}}
def walk(o):
    if isinstance(o, dict):
        return {k: (FIXED[k] if k in FIXED and isinstance(v, str) else walk(v)) for k, v in o.items()
                if not (k == "DataCaptureConfig" and v == {})}
    return [walk(v) for v in o] if isinstance(o, list) else o
def denied(acct, region, action, resource):
    return (f"User: arn:aws:sts::{acct}:assumed-role/AssayReadOnly/assay is not authorized to perform: "
            f"sagemaker:{action} on resource: arn:aws:sagemaker:{region}:{acct}:{resource} "
            f"because no identity-based policy allows the sagemaker:{action} action")
for f in sorted(out.rglob("*.json")):
    doc = json.loads(f.read_text() or "{}")
    if f.relative_to(out) in hand_written:  # recorded files: re-indented only
        f.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
        continue
    doc = walk(doc)
    op, _, suffix = f.stem.partition("_")
    if op == "sagemaker.DescribeProcessingJob" and "ProcessingResources" not in doc:
        doc = {k2: v2 for k, v in doc.items()
               for k2, v2 in ([("ProcessingResources", RESOURCES)] if k == "AppSpecification" else []) + [(k, v)]}
    if op == "bedrock.GetModelInvocationLoggingConfiguration" and not doc.get("loggingConfig"):
        doc = {}
    if op == "sagemaker.DescribeModel" and "/".join(f.relative_to(out).parts[:2] + (suffix,)) in isolated:
        doc["EnableNetworkIsolation"] = True
    if op == "cloudwatch.GetMetricStatistics":
        doc = {"request": {"Namespace": "AWS/SageMaker", "MetricName": "Invocations",
                           "Dimensions": [{"Name": "EndpointName", "Value": suffix}, {"Name": "VariantName", "Value": "AllTraffic"}],
                           "StartTime": "2026-11-06T00:00:00Z", "EndTime": "2026-11-20T00:00:00Z",
                           "Period": 86400, "Statistics": ["Sum"]}, "response": doc}
    f.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
# ERRORS: fail-closed examples, synthesised because moto cannot deny a call.
ERRORS = [("222222222222", "eu-west-1", "sagemaker.ListProcessingJobs", {},
           denied("222222222222", "eu-west-1", "ListProcessingJobs", "processing-job/*")),
          ("111111111111", "eu-west-1", "sagemaker.DescribeNotebookInstance_nb-eu-restricted",
           {"NotebookInstanceName": "nb-eu-restricted"},
           denied("111111111111", "eu-west-1", "DescribeNotebookInstance", "notebook-instance/nb-eu-restricted"))]
for acct, region, name, request, message in ERRORS:
    doc = {"request": request, "error": {"Code": "AccessDeniedException", "Message": message}}
    (out / acct / region / f"{name}.json").write_text(json.dumps(doc, indent=2) + "\n")
EOF
echo "wrote $(find "$OUT" -name '*.json' | wc -l) files under examples/$OUT/"
