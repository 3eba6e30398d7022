import type { Roadmap } from '../model/types.js';

/** Numbered phases with checklists, quarter ranges, and exit criteria per phase. */
export const numberedPhases: Roadmap = {
  title: 'Harbor Gateway Roadmap',
  summary: 'An open-source API gateway with zero-trust defaults.',
  phases: [
    {
      id: 'phase-0-alpha-release',
      title: 'Alpha Release',
      version: 'Phase 0',
      status: 'done',
      when: { start: '2024-10-01', end: '2025-03-31', precision: 'quarter', label: 'Q4 2024 - Q1 2025' },
      groups: [
        {
          title: 'Core Infrastructure',
          items: [
            { id: 'routing-engine', title: 'Routing engine with hot reload', status: 'done' },
            { id: 'tls-termination', title: 'TLS termination', status: 'done' },
            { id: 'config-api', title: 'Declarative configuration API', status: 'done' },
          ],
        },
        {
          title: 'Security Features',
          items: [
            { id: 'mtls', title: 'Mutual TLS between services', status: 'done' },
            { id: 'jwt-validation', title: 'JWT validation', status: 'done' },
          ],
        },
      ],
      metrics: [],
    },
    {
      id: 'phase-1-beta-release',
      title: 'Beta Release',
      version: 'Phase 1',
      status: 'in-progress',
      when: { start: '2025-04-01', end: '2025-06-30', precision: 'quarter', label: 'Q2 2025' },
      summary: 'Production pilots with three design partners.',
      groups: [
        {
          title: 'Security Enhancements',
          items: [
            { id: 'rate-limiting', title: 'Rate limiting per consumer', status: 'done' },
            { id: 'waf-rules', title: 'Web application firewall rules', status: 'in-progress' },
            { id: 'secret-rotation', title: 'Automatic secret rotation', status: 'planned' },
          ],
        },
        {
          title: 'Policy & Compliance',
          items: [
            { id: 'opa-policies', title: 'Open Policy Agent integration', status: 'done' },
            { id: 'audit-trail', title: 'Tamper-evident audit trail', status: 'planned' },
            { id: 'fips-build', title: 'FIPS 140-3 build', status: 'deferred', detail: 'Deferred to Phase 2' },
          ],
        },
        {
          title: 'Observability',
          items: [
            { id: 'otel-traces', title: 'OpenTelemetry traces', status: 'done' },
            { id: 'prometheus-metrics', title: 'Prometheus metrics endpoint', status: 'done' },
          ],
        },
      ],
      metrics: [
        { id: 'p99-added-latency', label: 'p99 added latency', target: 5, comparator: 'lt', unit: 'ms', current: 3.8, status: 'done', text: '<5ms p99 added latency' },
        { id: 'critical-vulnerabilities', label: 'critical vulnerabilities', target: 0, comparator: 'eq', current: 0, status: 'done', text: 'Zero critical vulnerabilities' },
        { id: 'design-partners', label: 'design partners in production', target: 3, comparator: 'gte', current: 2, status: 'planned', text: '3+ design partners in production' },
      ],
    },
    {
      id: 'phase-2-general-availability',
      title: 'General Availability',
      version: 'Phase 2',
      status: 'planned',
      when: { start: '2025-07-01', end: '2025-12-31', precision: 'quarter', label: 'Q3-Q4 2025' },
      groups: [
        {
          title: 'Scalability',
          items: [
            { id: 'horizontal-scaling', title: 'Horizontal scaling to 100K requests/second', status: 'planned' },
            { id: 'config-sharding', title: 'Configuration sharding', status: 'planned' },
          ],
        },
        {
          title: 'Ecosystem',
          items: [
            { id: 'terraform-provider', title: 'Terraform provider', status: 'planned' },
            { id: 'k8s-gateway-api', title: 'Kubernetes Gateway API support', status: 'planned' },
          ],
        },
      ],
      metrics: [
        { id: 'throughput', label: 'requests per second per node', target: 100000, comparator: 'gte', unit: 'req/s', text: '100K+ requests/second' },
        { id: 'memory-footprint', label: 'memory footprint', target: 20, comparator: 'lt', unit: 'MB', current: 24, text: '< 20MB memory footprint' },
      ],
    },
    {
      id: 'phase-3-enterprise-edition',
      title: 'Enterprise Edition',
      version: 'Phase 3',
      status: 'planned',
      when: { start: '2026-01-01', end: '2026-12-31', precision: 'year', label: '2026' },
      groups: [
        {
          title: 'Multi-Tenancy',
          items: [
            { id: 'tenant-isolation', title: 'Tenant isolation', status: 'planned' },
            { id: 'per-tenant-quotas', title: 'Per-tenant quotas', status: 'planned' },
          ],
        },
      ],
      metrics: [{ id: 'enterprise-customers', label: 'enterprise customers', target: 10, comparator: 'gte', text: '10+ enterprise customers' }],
    },
    {
      id: 'research-experimental',
      title: 'Research & Experimental',
      status: 'planned',
      groups: [
        {
          items: [
            { id: 'wasm-plugins', title: 'WebAssembly plugins', status: 'planned' },
            { id: 'confidential-computing', title: 'Confidential computing enclaves', status: 'planned' },
          ],
        },
      ],
      metrics: [],
    },
  ],
  metrics: [],
  cadences: [],
};
