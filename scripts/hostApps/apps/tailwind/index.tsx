import './index.css';
import { mount } from './mount';

mount();
