#!/usr/bin/env bash
# Regenerates examples/snapshot/ -- Assay's native input -- from a local moto server.
#
#   bash examples/make-snapshot.sh        (needs: moto_server, aws CLI, python3, curl)
#   bash examples/make-snapshot.sh kms    regenerates only the kms.* files (parts/kms.sh), the
#                                         rest kept as it is (their moto servers are separate)
#
# Layout: snapshot/<account>/<region>/<service>.<Operation>[_<resource>].json
# Every file is either the AWS CLI's JSON output (cli_timestamp_format=iso8601, as CLI v2 prints),
# a {"request","response"} envelope, or a {"request","error"} envelope.
#
# Sources:
#   * moto + AWS CLI (this script and parts/*.sh, which it sources):
#       - sagemaker notebooks / endpoint configs / endpoints / processing jobs, models, training and
#         transform jobs, AutoML list, domains, model cards, the four kinds of
#         monitoring job definitions;
#       - cloudwatch GetMetricStatistics (SageMaker endpoints) and DescribeAlarms,
#         application-autoscaling DescribeScalableTargets, ec2 DescribeVpcEndpoints /
#         DescribeNetworkInterfaces / DescribeSubnets, logs DescribeLogGroups, cloudtrail
#         DescribeTrails / GetTrailStatus / GetEventSelectors, s3 GetBucketEncryption / Policy /
#         Versioning, apigateway GetUsagePlans, bedrock Get/PutModelInvocationLoggingConfiguration
#         (parts/regional.sh);
#       - kms ListKeys / ListAliases / DescribeKey / GetKeyRotationStatus (parts/kms.sh, on moto
#         servers of their own; moto's key ids replaced by the ids the estate names, see there);
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
#     ListPolicies(Filter=BEDROCK_POLICY); config DescribeConfigRules /
#     DescribeComplianceByConfigRule / GetComplianceDetailsByConfigRule and securityhub DescribeHub /
#     GetFindings. Shapes follow botocore's service-2.json output shapes.
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
#   9. kms.*: each key id moto made is replaced by the id the estate names (parts/kms.sh), in the
#      files and their names; moto lists the aliases of AWS-managed keys with made-up target key
#      ids although no such key exists, where AWS lists those aliases without TargetKeyId -> the
#      TargetKeyId of an alias whose key ListKeys does not list is dropped; DeletionDate fixed.
set -euo pipefail
cd "$(dirname "$0")"
OUT=snapshot
WORK=$(mktemp -d); : >"$WORK/isolated-models"; : >"$WORK/kms-ids"
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
source parts/kms.sh
CLARIFY_IMAGE=205585389593.dkr.ecr.us-east-1.amazonaws.com/sagemaker-clarify-processing:1.0
SKLEARN_IMAGE=683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3
SUBNET=subnet-0f1e2d3c4b5a69788

ONLY=""
if [[ ${1:-} == kms ]]; then
  ONLY=kms.; find "$OUT" -name 'kms.*.json' -delete
  kms_estate
else
  rm -rf "$OUT"
  source parts/estate.sh
  # ---- hand-written recordings (moto lacks bedrock ListGuardrails / GetGuardrail) -------------
  (cd recorded && find . -name '*.json' -exec cp --parents {} "../$OUT/" \;)
fi

# ---- post-processing (items 1-6 in the header) and ERRORS --------------------------------------
python3 - "$OUT" recorded "$WORK/isolated-models" "$WORK/kms-ids" "$ONLY" <<'EOF'
import json, pathlib, sys
out, recorded = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
hand_written = {p.relative_to(recorded) for p in recorded.rglob("*.json")}
isolated = set(pathlib.Path(sys.argv[3]).read_text().split())
only = sys.argv[5]  # a file-name prefix when only part of the snapshot was regenerated
KMS_IDS = {}  # (account, region) -> {moto's key id: the id the estate names}
for line in pathlib.Path(sys.argv[4]).read_text().splitlines():
    acct, region, moto_id, fixed = line.split()
    KMS_IDS.setdefault((acct, region), {})[moto_id] = fixed
for (acct, region), ids in KMS_IDS.items():  # 9. file names first, then contents below
    for f in list((out / acct / region).glob("kms.*_*.json")):
        op, _, suffix = f.stem.partition("_")
        if suffix in ids:
            f.rename(f.with_name(f"{op}_{ids[suffix]}.json"))
def kms_ids(f, text):
    for moto_id, fixed in KMS_IDS.get(tuple(f.relative_to(out).parts[:2]), {}).items():
        text = text.replace(moto_id, fixed)
    return text
FIXED = {"CreationTime": "2026-11-01T10:00:00+00:00", "LastModifiedTime": "2026-11-01T10:00:00+00:00",
         "ProcessingStartTime": "2026-11-01T10:05:00+00:00", "ProcessingEndTime": "2026-11-01T10:20:00+00:00"}
# moto stamps these with the time of the run; strings get the fixed instant, epoch-millisecond
# numbers (logs creationTime) the same instant. Datapoint "Timestamp"s are kept: PutMetricData set them.
VOLATILE = ["TrainingStartTime", "TrainingEndTime", "TransformStartTime", "TransformEndTime", "StartTime",
            "EndTime", "CreateDate", "EnableDate", "StartLoggingTime", "StopLoggingTime", "LatestDeliveryTime",
            "LatestDeliveryAttemptTime", "LatestNotificationAttemptTime", "LatestDeliveryAttemptSucceeded",
            "TimeLoggingStarted", "TimeLoggingStopped", "AlarmConfigurationUpdatedTimestamp",
            "StateUpdatedTimestamp", "StateTransitionedTimestamp", "creationTime", "CreationTimestamp",
            "JoinedTimestamp", "createdDate", "lastUpdatedDate", "UpdateDate", "CreationDate",
            "LastUpdatedDate", "NextRotationDate"]
FIXED.update({k: "2026-11-01T10:00:00+00:00" for k in VOLATILE})
FIXED["DeletionDate"] = "2026-11-27T10:00:00+00:00"  # still pending on 2026-11-20
FIXED_MS = 1793527200000
RESOURCES = {"ClusterConfig": {"InstanceCount": 1, "InstanceType": "ml.m5.xlarge", "VolumeSizeInGB": 30}}
def walk(o):
    if isinstance(o, dict):
        return {k: (FIXED[k] if k in FIXED and isinstance(v, str) and v
                    else FIXED_MS if k in FIXED and isinstance(v, int) and not isinstance(v, bool)
                    else walk(v)) for k, v in o.items()
                if not (k == "DataCaptureConfig" and v == {})}
    return [walk(v) for v in o] if isinstance(o, list) else o
def denied(acct, region, action, resource):
    return (f"User: arn:aws:sts::{acct}:assumed-role/AssayReadOnly/assay is not authorized to perform: "
            f"sagemaker:{action} on resource: arn:aws:sagemaker:{region}:{acct}:{resource} "
            f"because no identity-based policy allows the sagemaker:{action} action")
for f in sorted(out.rglob("*.json")):
    if only and not f.name.startswith(only):
        continue
    doc = json.loads(kms_ids(f, f.read_text()) or "{}")
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
    if op == "sagemaker.DescribeTrainingJob":
        for metric in doc.get("FinalMetricDataList", []):
            metric["Timestamp"] = "2026-11-01T10:00:00+00:00"
    if op == "sagemaker.DescribeModel" and "/".join(f.relative_to(out).parts[:2] + (suffix,)) in isolated:
        doc["EnableNetworkIsolation"] = True
    if op == "kms.ListAliases":
        listed = json.loads(kms_ids(f, (f.parent / "kms.ListKeys.json").read_text()))
        keys = {k["KeyId"] for k in listed.get("Keys", [])}
        for alias in doc.get("Aliases", []):
            if alias.get("TargetKeyId") not in keys:
                alias.pop("TargetKeyId", None)
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
for acct, region, name, request, message in ([] if only else ERRORS):
    doc = {"request": request, "error": {"Code": "AccessDeniedException", "Message": message}}
    (out / acct / region / f"{name}.json").write_text(json.dumps(doc, indent=2) + "\n")
EOF
echo "wrote $(find "$OUT" -name '*.json' | wc -l) files under examples/$OUT/"
