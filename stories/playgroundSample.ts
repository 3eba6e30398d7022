/** The ROADMAP.md the Playground opens with: a mix of the styles the importer reads. */
export const PLAYGROUND_SAMPLE = `# Orbit CLI Roadmap

Last updated: 2026-03-01

## ✅ v1.0.0 - Launch (Released: 2025-12-10)

- [x] **Project templates**: Scaffold a service in one command
- [x] **Plugin API**: Load plugins from npm
- [x] Shell completions for bash, zsh and fish

## 🚧 v1.1.0 - Remote Builds (Q1 2026)

**Theme**: Build where the compute is

### Build farm
- [x] Remote cache
- [ ] Distributed test sharding
- [ ] ~~Windows build agents~~ (dropped)

### Success Criteria
- <2 minutes median build time
- 99.5% cache hit rate for unchanged packages

## 📅 v1.2.0 - Team Workspaces (Q2 2026)

- [ ] Shared secrets per workspace
- [ ] Audit log export — Deferred to v1.3.0

## 🔮 Later

- Self-hosted control plane
- Offline mode

## Release Schedule

- **Minor releases**: Every 2 months (x.y.0)
- **Patch releases**: As needed (x.y.z)

## Contributing

Open an issue before a large pull request.
`;
