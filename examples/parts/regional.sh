# Regional services other than the SageMaker core of ../make-snapshot.sh, from moto:
# CloudTrail trails, CloudWatch alarms, CloudWatch Logs groups, Application Auto Scaling, EC2 VPC
# endpoints / interfaces / subnets, S3 bucket settings, API Gateway usage plans, and SageMaker
# models' neighbours (training / transform jobs, domains, model cards, monitoring job definitions).
# moto's ListTags fails (HTTP 500) for domain ARNs: the domains' tags are recorded.
# Every function appends to the per-scope lists that dump_regional reads; scope() resets them.

trail() { # name logging(yes|no) selectors(mgmt|data-only)
  aws_ s3api create-bucket --bucket "cloudtrail-$ACCT-$REGION-$1" $(bucket_location) >/dev/null
  aws_ cloudtrail create-trail --name "$1" --s3-bucket-name "cloudtrail-$ACCT-$REGION-$1" >/dev/null
  if [[ $3 == data-only ]]; then
    aws_ cloudtrail put-event-selectors --trail-name "$1" --event-selectors \
      '[{"ReadWriteType":"All","IncludeManagementEvents":false,"DataResources":[{"Type":"AWS::S3::Object","Values":["arn:aws:s3"]}]}]' >/dev/null
  else
    aws_ cloudtrail put-event-selectors --trail-name "$1" --event-selectors \
      '[{"ReadWriteType":"All","IncludeManagementEvents":true}]' >/dev/null
  fi
  [[ $2 == yes ]] && aws_ cloudtrail start-logging --name "$1"
  TRAILS+=("$1")
}
bucket_location() { [[ $REGION == us-east-1 ]] || echo "--create-bucket-configuration LocationConstraint=$REGION"; }
bucket() { # name sse(aws:kms|AES256|-) versioning(Enabled|Suspended|-) policy(tls|public|-)
  aws_ s3api create-bucket --bucket "$1" $(bucket_location) >/dev/null
  if [[ $2 != - ]]; then
    local rule="{\"ApplyServerSideEncryptionByDefault\":{\"SSEAlgorithm\":\"$2\""
    [[ $2 == aws:kms ]] && rule+=",\"KMSMasterKeyID\":\"arn:aws:kms:$REGION:$ACCT:key/7a1c0e52-3b9d-4f60-9e2a-5d8c1b4f7e30\""
    aws_ s3api put-bucket-encryption --bucket "$1" --server-side-encryption-configuration "{\"Rules\":[$rule}}]}"
  fi
  [[ $3 != - ]] && aws_ s3api put-bucket-versioning --bucket "$1" --versioning-configuration "Status=$3"
  case $4 in
    tls) aws_ s3api put-bucket-policy --bucket "$1" --policy "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"DenyInsecureTransport\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":[\"arn:aws:s3:::$1\",\"arn:aws:s3:::$1/*\"],\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}" ;;
    public) aws_ s3api put-bucket-policy --bucket "$1" --policy "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"PublicRead\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::$1/*\"}]}" ;;
  esac
  BUCKETS+=("$1")
}
loggroup() { # name kms-key-uuid|-
  local a=(--log-group-name "$1")
  [[ $2 != - ]] && a+=(--kms-key-id "arn:aws:kms:$REGION:$ACCT:key/$2")
  aws_ logs create-log-group "${a[@]}"
}
alarm() { # name namespace metric [dimension-name dimension-value [variant]]
  local d=()
  if [[ -n ${4:-} ]]; then d=(--dimensions "Name=$4,Value=$5"); [[ -n ${6:-} ]] && d+=("Name=VariantName,Value=$6"); fi
  aws_ cloudwatch put-metric-alarm --alarm-name "$1" --namespace "$2" --metric-name "$3" "${d[@]}" \
    --statistic Sum --period 300 --evaluation-periods 1 --threshold 10 --comparison-operator GreaterThanThreshold
}
scalable() { # endpoint-name variant-name
  aws_ application-autoscaling register-scalable-target --service-namespace sagemaker \
    --resource-id "endpoint/$1/variant/$2" --scalable-dimension sagemaker:variant:DesiredInstanceCount \
    --min-capacity 1 --max-capacity 4 >/dev/null
}
network() { # creates a VPC with one subnet and one interface; ids in VPC_ID / SUBNET_ID
  VPC_ID=$(aws_ ec2 create-vpc --cidr-block 10.20.0.0/16 --query Vpc.VpcId --output text)
  SUBNET_ID=$(aws_ ec2 create-subnet --vpc-id "$VPC_ID" --cidr-block 10.20.1.0/24 --query Subnet.SubnetId --output text)
  aws_ ec2 create-network-interface --subnet-id "$SUBNET_ID" --description "genai workload" >/dev/null
}
vpce() { # vpc-id service-suffix (bedrock-runtime, bedrock-agentcore, ...)
  aws_ ec2 create-vpc-endpoint --vpc-id "$1" --vpc-endpoint-type Interface \
    --service-name "com.amazonaws.$REGION.$2" --subnet-ids "$SUBNET_ID" >/dev/null
}
usage_plan() { # name rate|- burst|-
  local a=(--name "$1")
  [[ $2 != - ]] && a+=(--throttle "rateLimit=$2,burstLimit=$3")
  aws_ apigateway create-usage-plan "${a[@]}" >/dev/null
}
tj() { # name secure(yes|no) training-bucket output-bucket
  local a=(--training-job-name "$1" --role-arn "$ROLE" --stopping-condition MaxRuntimeInSeconds=86400
    --algorithm-specification "TrainingImage=763104351884.dkr.ecr.$REGION.amazonaws.com/huggingface-pytorch-training:2.1.0,TrainingInputMode=File"
    --input-data-config "[{\"ChannelName\":\"train\",\"DataSource\":{\"S3DataSource\":{\"S3DataType\":\"S3Prefix\",\"S3Uri\":\"s3://$3/$1/\"}}}]")
  if [[ $2 == yes ]]; then
    local key="arn:aws:kms:$REGION:$ACCT:key/8b2d1f63-4cae-4071-af3b-6e9d2c5a8f41"
    a+=(--output-data-config "S3OutputPath=s3://$4/training/,KmsKeyId=$key"
        --resource-config "InstanceType=ml.g5.2xlarge,InstanceCount=1,VolumeSizeInGB=100,VolumeKmsKeyId=$key"
        --vpc-config "SecurityGroupIds=sg-0a1b2c3d4e5f60718,Subnets=$SUBNET"
        --enable-network-isolation --enable-inter-container-traffic-encryption)
  else
    a+=(--output-data-config "S3OutputPath=s3://$4/training/"
        --resource-config "InstanceType=ml.g5.2xlarge,InstanceCount=2,VolumeSizeInGB=100")
  fi
  aws_ sagemaker create-training-job "${a[@]}" >/dev/null; TJS+=("$1")
}
xj() { # transform job: name kms(yes|no)
  local r="InstanceType=ml.m5.xlarge,InstanceCount=1"
  [[ $2 == yes ]] && r+=",VolumeKmsKeyId=arn:aws:kms:$REGION:$ACCT:key/8b2d1f63-4cae-4071-af3b-6e9d2c5a8f41"
  aws_ sagemaker create-transform-job --transform-job-name "$1" --model-name "$MODEL" \
    --transform-input "DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://genai-batch-$ACCT/in/}}" \
    --transform-output "S3OutputPath=s3://genai-batch-$ACCT/out/" --transform-resources "$r" >/dev/null; XJS+=("$1")
}
domain() { # name auth(SSO|IAM) network(VpcOnly|PublicInternetOnly); its ListTags is recorded
  aws_ sagemaker create-domain --domain-name "$1" --auth-mode "$2" --app-network-access-type "$3" \
    --default-user-settings "ExecutionRole=$ROLE" --subnet-ids "$SUBNET" --vpc-id vpc-0c4d5e6f708192a3b >/dev/null
}
card() { # name status model-name
  aws_ sagemaker create-model-card --model-card-name "$1" --model-card-status "$2" \
    --content "{\"model_overview\":{\"model_name\":\"$3\",\"model_description\":\"Served by the chat endpoints\"},\"intended_uses\":{\"risk_rating\":\"Medium\"}}" >/dev/null
}
jobdef() { # kind(data-quality|model-quality|model-bias|model-explainability) name endpoint isolated(yes|no)
  local k=$1 p; p=$(sed -E 's/(^|-)([a-z])/\U\2/g' <<<"$k")
  local iso=false; [[ $4 == yes ]] && iso=true
  local a=(--job-definition-name "$2" --role-arn "$ROLE" --stopping-condition MaxRuntimeInSeconds=1800
    --job-resources 'ClusterConfig={InstanceCount=1,InstanceType=ml.m5.large,VolumeSizeInGB=20}'
    --network-config "EnableInterContainerTrafficEncryption=$iso,EnableNetworkIsolation=$iso"
    "--${k}-job-output-config" "MonitoringOutputs=[{S3Output={S3Uri=s3://genai-monitoring-$ACCT/$2,LocalPath=/opt/ml/processing/output}}]")
  local input="EndpointInput={EndpointName=$3,LocalPath=/opt/ml/processing/input}"
  local image="ImageUri=156813124566.dkr.ecr.$REGION.amazonaws.com/sagemaker-model-monitor-analyzer"
  case $k in
    data-quality) a+=(--data-quality-app-specification "$image" --data-quality-job-input "$input") ;;
    model-quality) a+=(--model-quality-app-specification "$image,ProblemType=Regression" --model-quality-job-input "$input,GroundTruthS3Input={S3Uri=s3://genai-monitoring-$ACCT/ground-truth}") ;;
    model-bias) a+=(--model-bias-app-specification "$image,ConfigUri=s3://genai-monitoring-$ACCT/bias.json" --model-bias-job-input "$input,GroundTruthS3Input={S3Uri=s3://genai-monitoring-$ACCT/ground-truth}") ;;
    model-explainability) a+=(--model-explainability-app-specification "$image,ConfigUri=s3://genai-monitoring-$ACCT/shap.json" --model-explainability-job-input "$input") ;;
  esac
  aws_ sagemaker "create-$k-job-definition" "${a[@]}" >/dev/null
}

dump_regional() {
  local n k p
  dump cloudtrail.DescribeTrails cloudtrail describe-trails
  for n in "${TRAILS[@]}"; do
    dump "cloudtrail.GetTrailStatus_$n" cloudtrail get-trail-status --name "$n"
    dump "cloudtrail.GetEventSelectors_$n" cloudtrail get-event-selectors --trail-name "$n"
  done
  dump cloudwatch.DescribeAlarms cloudwatch describe-alarms
  dump logs.DescribeLogGroups logs describe-log-groups
  dump application-autoscaling.DescribeScalableTargets application-autoscaling describe-scalable-targets --service-namespace sagemaker
  dump ec2.DescribeVpcEndpoints ec2 describe-vpc-endpoints
  dump ec2.DescribeNetworkInterfaces ec2 describe-network-interfaces
  dump ec2.DescribeSubnets ec2 describe-subnets
  for n in "${BUCKETS[@]}"; do
    dumpq "s3.GetBucketEncryption_$n" "{\"Bucket\":\"$n\"}" s3api get-bucket-encryption --bucket "$n"
    dumpq "s3.GetBucketPolicy_$n" "{\"Bucket\":\"$n\"}" s3api get-bucket-policy --bucket "$n"
    dump "s3.GetBucketVersioning_$n" s3api get-bucket-versioning --bucket "$n"
  done
  dump apigateway.GetUsagePlans apigateway get-usage-plans
  dump sagemaker.ListModels sagemaker list-models
  for n in $(aws_ sagemaker list-models --query 'Models[].ModelName' --output text); do
    dump "sagemaker.DescribeModel_$n" sagemaker describe-model --model-name "$n"
  done
  dump sagemaker.ListTrainingJobs sagemaker list-training-jobs
  for n in "${TJS[@]}"; do dump "sagemaker.DescribeTrainingJob_$n" sagemaker describe-training-job --training-job-name "$n"; done
  dump sagemaker.ListTransformJobs sagemaker list-transform-jobs
  for n in "${XJS[@]}"; do dump "sagemaker.DescribeTransformJob_$n" sagemaker describe-transform-job --transform-job-name "$n"; done
  dump sagemaker.ListAutoMLJobs sagemaker list-auto-ml-jobs
  dump sagemaker.ListDomains sagemaker list-domains
  for n in $(aws_ sagemaker list-domains --query 'Domains[].DomainId' --output text); do
    dump "sagemaker.DescribeDomain_$n" sagemaker describe-domain --domain-id "$n"
  done
  dump sagemaker.ListModelCards sagemaker list-model-cards
  for n in $(aws_ sagemaker list-model-cards --query 'ModelCardSummaries[].ModelCardName' --output text); do
    dump "sagemaker.DescribeModelCard_$n" sagemaker describe-model-card --model-card-name "$n"
  done
  for k in data-quality model-quality model-bias model-explainability; do
    p=$(sed -E 's/(^|-)([a-z])/\U\2/g' <<<"$k")
    dump "sagemaker.List${p}JobDefinitions" sagemaker "list-$k-job-definitions"
    for n in $(aws_ sagemaker "list-$k-job-definitions" --query 'JobDefinitionSummaries[].MonitoringJobDefinitionName' --output text); do
      dump "sagemaker.Describe${p}JobDefinition_$n" sagemaker "describe-$k-job-definition" --job-definition-name "$n"
    done
  done
}
