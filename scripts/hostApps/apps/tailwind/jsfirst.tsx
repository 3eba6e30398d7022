// Counter-example, not a setup to copy: roadmap-kit's CSS imported from JavaScript before the
// host's CSS declares its layer first, so its layer ends up lowest, under Tailwind's preflight.
import 'roadmap-kit/styles.css';
import './jsfirst.css';
import { mount } from './mount';

mount();
