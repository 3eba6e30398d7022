import './unordered.css';
import { mount } from './mount';

mount();
