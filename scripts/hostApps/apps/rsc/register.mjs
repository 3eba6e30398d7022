// `node --conditions=react-server --import ./register.mjs render.mjs`
import { register } from 'node:module';

register('./loader.mjs', import.meta.url);
