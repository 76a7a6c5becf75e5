# KMS keys (regional), from moto: the customer-managed keys that the estate's GenAI resources name
# (notebooks, endpoint configs, jobs, buckets, log groups and the recorded Bedrock / AgentCore
# resources), with aliases, rotation on or off, and one key scheduled for deletion, plus one key no
# GenAI resource names (the rules leave it alone).
#
# Two things moto cannot do the way the estate needs:
#   * choose a key id. The resources name fixed key ids, so kms_key writes "<moto id> <fixed id>"
#     to $WORK/kms-ids and the post-processing of ../make-snapshot.sh puts the fixed id wherever
#     moto's appears (file names included).
#   * keep its random ids apart. moto draws key ids from the seeded random source, so keys made on
#     the servers that hold the rest of the estate would shift every id drawn after them. The keys
#     are made on a server of their own per account, after the others have stopped.

kms_scope() { # region; KMS is regional, so every scope of the estate gets its List calls
  REGION=$1; mkdir -p "$OUT/$ACCT/$REGION"
}
kms_key() { # fixed-key-id rotation(on|off|deleting) [alias-name...]
  local id; id=$(aws_ kms create-key --description "Assay example key $1" --query KeyMetadata.KeyId --output text)
  echo "$ACCT $REGION $id $1" >>"$WORK/kms-ids"
  [[ $2 == on ]] && aws_ kms enable-key-rotation --key-id "$id"
  for a in "${@:3}"; do aws_ kms create-alias --alias-name "$a" --target-key-id "$id"; done
  [[ $2 == deleting ]] && aws_ kms schedule-key-deletion --key-id "$id" --pending-window-in-days 7 >/dev/null
  return 0
}
dump_kms() { # as KmsCollector reads: the lists, then each key; every key here is customer-managed,
  # symmetric and made by KMS, the keys whose rotation status the collector asks for
  local id
  dump kms.ListKeys kms list-keys
  dump kms.ListAliases kms list-aliases
  for id in $(aws_ kms list-keys --query 'Keys[].KeyId' --output text); do
    dump "kms.DescribeKey_$id" kms describe-key --key-id "$id"
    dump "kms.GetKeyRotationStatus_$id" kms get-key-rotation-status --key-id "$id"
  done
}

kms_estate() {
  # 111111111111: every us-east-1 key rotates except the AgentCore log groups' key; the weaker
  # eu-west-1 never rotates its notebook key.
  ACCT=111111111111; start_moto "$ACCT"
  kms_scope us-east-1
  kms_key 9f3e1d2c-4b5a-4c6d-8e7f-0a1b2c3d4e5f on alias/genai-bedrock
  kms_key 0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8 on alias/genai-guardrails
  kms_key 0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a on alias/sagemaker-endpoints
  kms_key 1a2b3c4d-5e6f-4a70-8b91-a2b3c4d5e6f7 on alias/sagemaker-notebooks
  kms_key 8b2d1f63-4cae-4071-af3b-6e9d2c5a8f41 on alias/sagemaker-jobs
  kms_key 7a1c0e52-3b9d-4f60-9e2a-5d8c1b4f7e30 on alias/genai-buckets
  kms_key 6c0e2b4d-8f1a-4c3e-9b5d-7e2f4a6c8b01 off alias/agentcore-logs
  kms_key e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b off alias/billing-db # named by no GenAI resource
  dump_kms
  kms_scope eu-west-1
  kms_key 2b3c4d5e-6f70-4b81-9ca2-b3c4d5e6f708 off alias/eu-analytics
  dump_kms
  stop_moto
  # 222222222222: the key of the live ep-fraud endpoint's configuration is scheduled for deletion;
  # the eu-west-1 prototype notebook's key never rotates.
  ACCT=222222222222; start_moto "$ACCT"
  kms_scope us-east-1
  kms_key 2e4c6a8b-0d1f-4a3b-9c5d-7e9f1a3b5c7d on alias/fraud-features
  kms_key 3a5c7e9b-1d2f-4b6a-8c0e-2f4a6c8e0b1d deleting alias/fraud-endpoint-v1
  kms_key 3c4d5e6f-7081-4c92-8db3-c4d5e6f70819 on alias/fraud-notebooks
  kms_key 8b2d1f63-4cae-4071-af3b-6e9d2c5a8f41 on alias/fraud-jobs
  kms_key 7a1c0e52-3b9d-4f60-9e2a-5d8c1b4f7e30 on alias/fraud-buckets
  dump_kms
  kms_scope eu-west-1
  kms_key 4d5e6f70-8192-4da3-9ec4-d5e6f708192a on alias/eu-secure-notebooks
  kms_key 5e6f7081-92a3-4eb4-afd5-e6f708192a3b off alias/eu-prototype
  dump_kms
  stop_moto
}
