import './plain.css';
import { mount } from './mount';

mount();
