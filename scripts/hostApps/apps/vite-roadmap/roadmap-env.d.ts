/// <reference types="roadmap-kit/vite-client" />
