#!/usr/bin/env bash
# The site history on the gh-pages branch: one folder per commit, appended, never rewritten.
#
#   site-history.sh checkout DIR             check gh-pages out into DIR (a new orphan branch if there is none)
#   site-history.sh push DIR MESSAGE CMD...  run CMD (adds this run's report to DIR), commit, push; when another
#                                            run pushed first, start again from its history and run CMD again
#
# DIR is a worktree of the current clone, so it shares the clone's remote and credentials.
set -euo pipefail
branch=gh-pages
attempts=5

checkout() {
  local dir=$1
  if git ls-remote --exit-code --heads origin "$branch" >/dev/null; then
    git fetch -q --no-tags --depth=1 origin "$branch"
    git worktree add -q -B "$branch" "$dir" FETCH_HEAD
  else
    # First report ever: an empty branch (works with git older than worktree add --orphan).
    git worktree add -q --detach "$dir"
    git -C "$dir" checkout -q --orphan "$branch"
    git -C "$dir" rm -rfq --ignore-unmatch .
  fi
}

push() {
  local dir=$1 message=$2
  shift 2
  local attempt
  for ((attempt = 1; attempt <= attempts; attempt++)); do
    "$@"
    git -C "$dir" add -A
    if git -C "$dir" diff --cached --quiet; then
      echo "site history already has this report"
      return 0
    fi
    git -C "$dir" commit -q -m "$message"
    if git -C "$dir" push -q origin "HEAD:$branch"; then
      echo "pushed to $branch (attempt $attempt)"
      return 0
    fi
    echo "$branch moved on (attempt $attempt of $attempts); adding the report again on top of it"
    git -C "$dir" fetch -q --no-tags --depth=1 origin "$branch"
    git -C "$dir" reset -q --hard FETCH_HEAD
  done
  echo "could not push to $branch after $attempts attempts" >&2
  return 1
}

case "${1:-}" in
  checkout) checkout "$2" ;;
  push) shift; push "$@" ;;
  *) echo "usage: $0 checkout DIR | push DIR MESSAGE CMD..." >&2; exit 2 ;;
esac
