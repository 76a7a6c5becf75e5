# IAM (region "global"): roles, users, groups and customer-managed policies, from moto.
# Not here (moto lacks them, see ../recorded/): ListServiceSpecificCredentials,
# GenerateServiceLastAccessedDetails / GetServiceLastAccessedDetails.

trust() { # service principal (e.g. sagemaker.amazonaws.com) or an account root ARN
  if [[ $1 == arn:* ]]; then echo "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"$1\"},\"Action\":\"sts:AssumeRole\"}]}"
  else echo "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"$1\"},\"Action\":\"sts:AssumeRole\"}]}"; fi
}
role() { # name trusted-principal [managed-policy-arn...]
  local name=$1 principal=$2; shift 2
  aws_ iam create-role --role-name "$name" --assume-role-policy-document "$(trust "$principal")" >/dev/null
  for p in "$@"; do aws_ iam attach-role-policy --role-name "$name" --policy-arn "$p"; done
  ROLES+=("$name")
}
inline() { # kind(Role|User|Group) principal policy-name document
  local k=${1,,}; aws_ iam "put-$k-policy" "--$k-name" "$2" --policy-name "$3" --policy-document "$4"
}
policy() { # name document -> customer-managed policy, its ARN in $POLICY_ARN
  POLICY_ARN=$(aws_ iam create-policy --policy-name "$1" --policy-document "$2" --query Policy.Arn --output text)
}
user() { # name console(yes|no) mfa(yes|no) [group]
  aws_ iam create-user --user-name "$1" >/dev/null; USERS+=("$1")
  [[ $2 == yes ]] && aws_ iam create-login-profile --user-name "$1" --password 'Not-a-real-pw-1!' >/dev/null
  if [[ $3 == yes ]]; then
    local sn; sn=$(aws_ iam create-virtual-mfa-device --virtual-mfa-device-name "$1" --outfile "$WORK/mfa-$1.png" --bootstrap-method QRCodePNG --query VirtualMFADevice.SerialNumber --output text)
    aws_ iam enable-mfa-device --user-name "$1" --serial-number "$sn" --authentication-code1 123456 --authentication-code2 654321
  fi
  [[ -n ${4:-} ]] && aws_ iam add-user-to-group --user-name "$1" --group-name "$4"
  return 0
}
dump_iam() {
  local r u g p arn
  dump iam.ListRoles iam list-roles
  for r in "${ROLES[@]}"; do
    dump "iam.GetRole_$r" iam get-role --role-name "$r"
    dump "iam.ListAttachedRolePolicies_$r" iam list-attached-role-policies --role-name "$r"
    dump "iam.ListRolePolicies_$r" iam list-role-policies --role-name "$r"
    for p in $(aws_ iam list-role-policies --role-name "$r" --query 'PolicyNames[]' --output text); do
      dump "iam.GetRolePolicy_${r}_$p" iam get-role-policy --role-name "$r" --policy-name "$p"
    done
  done
  dump iam.ListUsers iam list-users
  for u in "${USERS[@]}"; do
    dump "iam.ListAttachedUserPolicies_$u" iam list-attached-user-policies --user-name "$u"
    dump "iam.ListUserPolicies_$u" iam list-user-policies --user-name "$u"
    for p in $(aws_ iam list-user-policies --user-name "$u" --query 'PolicyNames[]' --output text); do
      dump "iam.GetUserPolicy_${u}_$p" iam get-user-policy --user-name "$u" --policy-name "$p"
    done
    dump "iam.ListGroupsForUser_$u" iam list-groups-for-user --user-name "$u"
    dumpq "iam.GetLoginProfile_$u" "{\"UserName\":\"$u\"}" iam get-login-profile --user-name "$u"
    dump "iam.ListMFADevices_$u" iam list-mfa-devices --user-name "$u"
  done
  dump iam.ListGroups iam list-groups
  for g in $(aws_ iam list-groups --query 'Groups[].GroupName' --output text); do
    dump "iam.ListAttachedGroupPolicies_$g" iam list-attached-group-policies --group-name "$g"
    dump "iam.ListGroupPolicies_$g" iam list-group-policies --group-name "$g"
    for p in $(aws_ iam list-group-policies --group-name "$g" --query 'PolicyNames[]' --output text); do
      dump "iam.GetGroupPolicy_${g}_$p" iam get-group-policy --group-name "$g" --policy-name "$p"
    done
  done
  dump iam.ListPolicies iam list-policies --scope Local
  # Every policy attached anywhere, AWS-managed ones included (their documents are judged too).
  for arn in $(aws_ iam list-policies --only-attached --query 'Policies[].Arn' --output text); do
    dump "iam.GetPolicyVersion_${arn##*/}" iam get-policy-version --policy-arn "$arn" \
      --version-id "$(aws_ iam get-policy --policy-arn "$arn" --query Policy.DefaultVersionId --output text)"
  done
}
