// Entry `roadmap-kit/markdown`: ROADMAP.md → model. Never imports React.
export {};
